import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, producers } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
const as: Record<string, LoggedIn> = {};
const ids: Record<string, string> = {};

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: string, method: Method, url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/support-records${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });
const fields = (body: string) => JSON.parse(body).errors?.map((e: { field: string }) => e.field);

const support = (overrides: object = {}) => ({
  producerId: ids.tea,
  productId: ids.teaProduct,
  kind: 'trademark_registration',
  description: 'Đăng ký nhãn hiệu "Chè Shan tuyết Na Hang"',
  amountVnd: 25_000_000,
  fundingSource: 'Ngân sách tỉnh',
  grantedOn: '2026-04-15',
  ...overrides,
});

async function create(who: string, body: object) {
  const response = await call(who, 'POST', '', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  const producer = async (provinceCode: string, i: number) =>
    (await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, provinceCode, i) })).id;
  ids.tea = await producer('08', 0);
  ids.honey = await producer('08', 1);
  ids.hanoi = await producer('01', 0);
  ids.archived = await producer('08', 0);
  await t.deps.db.update(producers).set({ archivedAt: new Date() }).where(eq(producers.id, ids.archived));
  ids.teaProduct = (await buildProduct(t.deps, registrar, ids.tea)).id;
  ids.honeyProduct = (await buildProduct(t.deps, registrar, ids.honey)).id;
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 1),
    }),
    teaProducer: await buildUser(t.deps, {
      role: 'producer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
      producerId: ids.tea,
    }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('support records', () => {
  it('are recorded for a producer of the province (its province taken from the producer), audited', async () => {
    const response = await call('officer', 'POST', '', support({ fundingSource: '  Ngân sách   tỉnh ' }));
    expect(response.statusCode, response.body).toBe(201);
    const record = response.json();
    expect(record).toMatchObject({
      kind: 'trademark_registration',
      producer: { id: ids.tea },
      product: { id: ids.teaProduct },
      province: { code: '08', name: 'Tuyên Quang' },
      commune: { code: communeOf(t.deps, '08', 0) },
      amountVnd: 25_000_000,
      fundingSource: 'Ngân sách tỉnh',
      grantedOn: '2026-04-15',
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, record.id));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([['support_record', 'create']]);
    const kinds = (await call('teaProducer', 'GET', '/kinds')).json().items;
    expect(kinds).toContainEqual({
      code: 'barcode_gs1',
      labelVi: 'Mã số mã vạch (GS1)',
      labelEn: 'Barcode (GS1)',
    });
  });

  it.each([
    [{ amountVnd: -1 }, 'body.amountVnd'],
    [{ amountVnd: 1.5 }, 'body.amountVnd'],
    [{ amountVnd: undefined }, 'body.amountVnd'],
    [{ kind: 'party' }, 'body.kind'],
    [{ grantedOn: '2026-12-01' }, 'body.grantedOn'],
    [{ grantedOn: '2026-02-30' }, 'body.grantedOn'],
    [{ productId: 'honey' }, 'body.productId'],
    [{ producerId: 'random', productId: null }, 'body.producerId'],
    [{ producerId: 'archived', productId: null }, 'body.producerId'],
  ])('refuses %o (400 on %s)', async (overrides, field) => {
    const resolved = Object.fromEntries(
      Object.entries(overrides).map(([k, v]) => [
        k,
        v === 'honey'
          ? ids.honeyProduct
          : v === 'random'
            ? randomUUID()
            : v === 'archived'
              ? ids.archived
              : v,
      ]),
    );
    const response = await call('ministry', 'POST', '', support(resolved));
    expect(response.statusCode, response.body).toBe(400);
    expect(fields(response.body)).toEqual([field]);
  });

  it('are kept to one’s scope: other provinces 403, leaders and commune officers read only', async () => {
    expect((await call('otherOfficer', 'POST', '', support())).statusCode).toBe(403);
    expect((await call('leader', 'POST', '', support())).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('commune', 'POST', '', support())).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('teaProducer', 'POST', '', support())).json()).toMatchObject({ code: 'FORBIDDEN' });
    const id = await create('officer', support());
    const honey = await create(
      'officer',
      support({ producerId: ids.honey, productId: null, kind: 'equipment' }),
    );
    const hanoi = await create('ministry', support({ producerId: ids.hanoi, productId: null }));
    expect((await call('otherOfficer', 'GET', `/${id}`)).statusCode).toBe(403);
    expect((await call('otherOfficer', 'PATCH', `/${id}`, { amountVnd: 1 })).statusCode).toBe(403);
    expect((await call('otherOfficer', 'DELETE', `/${id}`)).statusCode).toBe(403);
    expect((await call('officer', 'PATCH', `/${id}`, { producerId: ids.hanoi })).statusCode).toBe(403);
    expect((await call('officer', 'GET', `/${randomUUID()}`)).statusCode).toBe(404);
    expect((await call('otherOfficer', 'GET', '?province=08')).statusCode).toBe(403);
    const list = async (who: string) =>
      (await call(who, 'GET', '?pageSize=200')).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await list('otherOfficer')).toEqual([hanoi]);
    expect(await list('officer')).toEqual(expect.arrayContaining([id, honey]));
    expect(await list('officer')).not.toContain(hanoi);
    expect(await list('commune')).toEqual([honey]);
    expect(await list('teaProducer')).not.toContain(honey);
    expect(await list('teaProducer')).toContain(id);
    expect((await call('teaProducer', 'GET', `/${honey}`)).statusCode).toBe(403);
    expect((await call('leader', 'GET', `/${id}`)).statusCode).toBe(200);
  });

  it('are listed with filters and totals by kind over the whole result', async () => {
    const producer = (await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 5) })).id;
    const add = (kind: string, amountVnd: number, grantedOn: string) =>
      create('officer', support({ producerId: producer, productId: null, kind, amountVnd, grantedOn }));
    await add('barcode_gs1', 3_000_000, '2026-01-20');
    await add('barcode_gs1', 2_500_000, '2026-06-02');
    await add('lab_tests', 4_200_000, '2026-06-10');
    await add('credit_loans', 500_000_000, '2025-11-30');
    const page = await call(
      'officer',
      'GET',
      `?producerId=${producer}&from=2026-01-01&to=2026-12-31&pageSize=1`,
    );
    expect(page.statusCode, page.body).toBe(200);
    const body = page.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ kind: 'lab_tests', grantedOn: '2026-06-10' }); // latest first
    expect(body.total).toBe(3);
    expect(body.totals.count).toBe(3);
    expect(body.totals.amountVnd).toBe(9_700_000);
    expect(body.totals.byKind).toHaveLength(10);
    expect(body.totals.byKind).toContainEqual({ kind: 'barcode_gs1', count: 2, amountVnd: 5_500_000 });
    expect(body.totals.byKind).toContainEqual({ kind: 'credit_loans', count: 0, amountVnd: 0 });
    const loans = (await call('officer', 'GET', `?producerId=${producer}&kind=credit_loans`)).json();
    expect(loans.totals).toMatchObject({ count: 1, amountVnd: 500_000_000 });

    // The same filters download as a workbook: every record (not a page), a total line, totals by kind.
    const file = await call(
      'officer',
      'GET',
      `/export.xlsx?producerId=${producer}&from=2026-01-01&to=2026-12-31`,
    );
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const list = workbook.getWorksheet('Hỗ trợ chủ thể');
    expect(list?.getCell('A2').value).toBe('Tỉnh Tuyên Quang · từ 01/01/2026; đến 31/12/2026; một chủ thể');
    const kinds = [5, 6, 7].map((row) => list?.getRow(row).getCell(6).value);
    expect(kinds).toEqual(['Kiểm nghiệm sản phẩm', 'Mã số mã vạch (GS1)', 'Mã số mã vạch (GS1)']);
    expect(list?.getCell('G5').value).toBe(4_200_000);
    expect(list?.getRow(8).getCell(1).value).toBe('Tổng cộng: 3 lần');
    expect(list?.getCell('G8').value).toBe(9_700_000);
    const byKind = workbook.getWorksheet('Theo loại');
    expect(byKind?.getRow(5).values).toEqual([undefined, 'Mã số mã vạch (GS1)', 2, 5_500_000]);
    // Scope as the list: another province's officer cannot export Tuyên Quang's support.
    expect((await call('otherOfficer', 'GET', '/export.xlsx?province=08')).statusCode).toBe(403);
  });

  it('are changed and deleted, audited', async () => {
    const id = await create('officer', support());
    const bad = await call('officer', 'PATCH', `/${id}`, { productId: ids.honeyProduct });
    expect(fields(bad.body)).toEqual(['body.productId']);
    const moved = await call('officer', 'PATCH', `/${id}`, { producerId: ids.honey, amountVnd: 30_000_000 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ producer: { id: ids.honey }, product: null, amountVnd: 30_000_000 });
    expect((await call('officer', 'DELETE', `/${id}`)).statusCode).toBe(204);
    expect((await call('officer', 'GET', `/${id}`)).json()).toMatchObject({
      code: 'SUPPORT_RECORD_NOT_FOUND',
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});
