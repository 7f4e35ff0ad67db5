import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const SAMPLE = readFileSync(new URL('../../data/demo/ocop-products-sample.csv', import.meta.url));

let t: TestApp;
let asMinistry: LoggedIn;
let asTuyenQuang: LoggedIn;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  asMinistry = await loginAs(t.app, (await buildUser(t.deps, { role: 'ministry_admin' })).username);
  const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
  asTuyenQuang = await loginAs(t.app, officer.username);
});
afterAll(() => t?.close());

type Batch = {
  id: string;
  status: string;
  summary: Record<string, number> | null;
  mapping: Record<string, number | null>;
};

async function upload(session: LoggedIn, bytes: Buffer, fileName: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?fileName=${encodeURIComponent(fileName)}`,
    headers: { ...session.headers, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}

async function waitFor(session: LoggedIn, id: string, busy: string): Promise<Batch> {
  for (let i = 0; i < 600; i++) {
    const batch = (
      await t.app.inject({ url: `/api/v1/imports/${id}`, headers: session.headers })
    ).json<Batch>();
    if (batch.status !== busy) return batch;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} still ${busy}`);
}

async function run(
  session: LoggedIn,
  id: string,
  step: 'preview' | 'commit',
  payload: object = {},
): Promise<Batch> {
  const started = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${id}/${step}`,
    headers: session.headers,
    payload,
  });
  expect(started.statusCode, started.body).toBe(202);
  return waitFor(session, id, step === 'preview' ? 'previewing' : 'committing');
}

const productCount = async () => (await t.deps.db.query.products.findMany({ columns: { id: true } })).length;

describe('import of a real legacy list (the shared sample, pre-2025 addresses)', () => {
  it('guesses the mapping, previews without writing, commits once, and re-importing changes nothing', async () => {
    const uploaded = await upload(asMinistry, SAMPLE, 'ocop-products-sample.csv');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const batch = uploaded.json<Batch & { columns: { header: string; field: string | null }[] }>();
    expect(batch.columns.slice(0, 8).map((c) => c.field)).toEqual([
      'productName',
      'producerName',
      'producerType',
      'commune',
      'district',
      'province',
      'stars',
      'year',
    ]);

    const before = await productCount();
    const preview = await run(asMinistry, batch.id, 'preview');
    expect(preview.status).toBe('previewed');
    const s = preview.summary ?? {};
    expect(s.rows).toBe(319);
    expect(
      (s.create ?? 0) +
        (s.update ?? 0) +
        (s.unchanged ?? 0) +
        (s.error ?? 0) +
        (s.needsChoice ?? 0) +
        (s.duplicateInFile ?? 0),
    ).toBe(319);
    expect(s.create).toBeGreaterThan(100);
    expect(s.needsChoice).toBeGreaterThan(100); // rows giving only a district or a province
    expect(await productCount()).toBe(before);

    const rows = await t.app.inject({
      url: `/api/v1/imports/${batch.id}/rows?outcome=error&pageSize=500`,
      headers: asMinistry.headers,
    });
    const errors = rows.json<{ items: { messages: string[] }[]; total: number }>();
    expect(errors.total).toBe(s.error);
    expect(errors.items.every((r) => r.messages.length > 0)).toBe(true);

    const committed = await run(asMinistry, batch.id, 'commit');
    expect(committed.status, JSON.stringify(committed)).toBe('committed');
    expect(await productCount()).toBe(before + (committed.summary?.productsCreated ?? 0));
    const thongHoa = await t.app.inject({
      url: '/api/v1/products?q=cam sanh&province=86',
      headers: asMinistry.headers,
    });
    expect(
      thongHoa.json<{ items: { commune: { code: string } }[] }>().items.map((p) => p.commune.code),
    ).toContain('29335');

    const again = (await upload(asMinistry, SAMPLE, 'ocop-products-sample.csv')).json<Batch>();
    const second = await run(asMinistry, again.id, 'preview');
    expect(second.summary).toMatchObject({
      create: 0,
      update: 0,
      producersCreated: 0,
      productsCreated: 0,
      certificatesCreated: 0,
    });
    const secondCommit = await run(asMinistry, again.id, 'commit');
    expect(secondCommit.status).toBe('committed');
    expect(await productCount()).toBe(before + (committed.summary?.productsCreated ?? 0));

    const report = await t.app.inject({
      url: `/api/v1/imports/${batch.id}/report.xlsx`,
      headers: asMinistry.headers,
    });
    expect(report.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Từng dòng')?.rowCount).toBe(320);
  });

  it('lets a person pick the commune of an old address split between two new ones', async () => {
    const csv =
      'Tên sản phẩm,Tên chủ thể,Xã,Huyện,Tỉnh,Hạng sao,Năm\nTrà sen Cống Vị,HTX Trà Sen Ba Đình,Phường Cống Vị,Quận Ba Đình,Hà Nội,3,2024\n';
    const batch = (await upload(asMinistry, Buffer.from(csv), 'split.csv')).json<Batch>();
    const first = await run(asMinistry, batch.id, 'preview');
    expect(first.summary).toMatchObject({ needsChoice: 1, create: 0 });
    const rows = (
      await t.app.inject({ url: `/api/v1/imports/${batch.id}/rows`, headers: asMinistry.headers })
    ).json<{
      items: { rowNumber: number; candidates: { communeCode: string }[] }[];
    }>();
    const row = rows.items[0];
    expect(row?.candidates.map((c) => c.communeCode).sort()).toEqual(['00008', '00025']);
    const picked = await run(asMinistry, batch.id, 'preview', {
      resolutions: { [String(row?.rowNumber)]: '00025' },
    });
    expect(picked.summary).toMatchObject({ needsChoice: 0, create: 1 });
  });

  it('keeps a province officer to their province', async () => {
    const csv =
      'Tên sản phẩm,Tên chủ thể,Xã,Huyện,Tỉnh,Hạng sao,Năm\nChè A,HTX Chè Thông Nguyên,Xã Thông Nguyên,Huyện Hoàng Su Phì,Hà Giang,4,2023\nCam B,HTX Cam Thông Hòa,Xã Thông Hòa,Huyện Cầu Kè,Trà Vinh,3,2022\n';
    const batch = (await upload(asTuyenQuang, Buffer.from(csv), 'mixed.csv')).json<Batch>();
    const preview = await run(asTuyenQuang, batch.id, 'preview');
    expect(preview.summary).toMatchObject({ create: 1, error: 1 });
    const other = await t.app.inject({ url: `/api/v1/imports/${batch.id}`, headers: asMinistry.headers });
    expect(other.statusCode).toBe(200);
  });

  it.each([
    [
      'not a spreadsheet',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'photo.xlsx',
      400,
      'IMPORT_INVALID_FILE',
    ],
    ['no recognisable columns', Buffer.from('a,b,c\n1,2,3\n'), 'numbers.csv', 422, 'IMPORT_NO_COLUMNS'],
    ['over the size limit', Buffer.alloc(11 * 1024 * 1024, 65), 'huge.csv', 413, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s with one clear error and stores nothing', async (_label, bytes, name, status, code) => {
    const before = (await t.deps.db.query.importBatches.findMany({ columns: { id: true } })).length;
    const response = await upload(asMinistry, bytes, name);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect((await t.deps.db.query.importBatches.findMany({ columns: { id: true } })).length).toBe(before);
  });

  it('is for province and ministry staff only', async () => {
    const producer = await buildUser(t.deps, {
      role: 'commune_officer',
      communeCode: t.deps.adminUnits.communes2025Of('08')[0]?.code,
    });
    const asCommune = await loginAs(t.app, producer.username);
    expect((await upload(asCommune, SAMPLE, 'x.csv')).statusCode).toBe(403);
  });
});
