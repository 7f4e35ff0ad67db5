import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let asMinistry: LoggedIn;

beforeAll(async () => {
  t = await createTestApp();
  asMinistry = await loginAs(t.app, (await buildUser(t.deps, { role: 'ministry_admin' })).username);
});
afterAll(() => t?.close());

/** 20,000 rows spread over every old commune (pre-2025 names), a few producers with several products each. */
function generatedSheet(rows: number): string {
  const communes = t.deps.adminUnits.provincesPre2025.flatMap((p) =>
    t.deps.adminUnits
      .districtsPre2025Of(p.code)
      .flatMap((d) =>
        t.deps.adminUnits.communesPre2025Of(d.code).map((c) => [c.fullName, d.fullName, p.fullName]),
      ),
  );
  const lines = ['STT,Tên sản phẩm,Tên chủ thể,Loại hình,Xã,Huyện,Tỉnh,Hạng sao,Năm công nhận'];
  for (let i = 0; i < rows; i++) {
    const [commune, district, province] = communes[(i * 7919) % communes.length] ?? [];
    const producer = `HTX Sản xuất số ${Math.floor(i / 4)}`;
    lines.push(
      `${i + 1},Mật ong rừng loại ${i},${producer},Hợp tác xã,"${commune}","${district}","${province}",${3 + (i % 3)},${2021 + (i % 5)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function step(id: string, name: 'preview' | 'commit', busy: string) {
  const started = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${id}/${name}`,
    headers: asMinistry.headers,
    payload: {},
  });
  expect(started.statusCode, started.body).toBe(202);
  for (;;) {
    const batch = (await t.app.inject({ url: `/api/v1/imports/${id}`, headers: asMinistry.headers })).json<{
      status: string;
      summary: Record<string, number> | null;
    }>();
    if (batch.status !== busy) return batch;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('import of a generated 20,000-row sheet', () => {
  it('accounts for every row and commits in one go', async () => {
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=20k.csv',
      headers: { ...asMinistry.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(generatedSheet(20_000)),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json<{ id: string }>().id;
    const preview = await step(id, 'preview', 'previewing');
    const s = preview.summary ?? {};
    expect(s.rows).toBe(20_000);
    const accounted = ['create', 'update', 'unchanged', 'error', 'needsChoice', 'duplicateInFile'].reduce(
      (sum, key) => sum + (s[key] ?? 0),
      0,
    );
    expect(accounted).toBe(20_000);
    expect(s.create).toBeGreaterThan(15_000);
    const committed = await step(id, 'commit', 'committing');
    expect(committed.status).toBe('committed');
    const products = await t.deps.db.query.products.findMany({ columns: { id: true } });
    expect(products.length).toBe(committed.summary?.productsCreated);
  }, 600_000);
});
