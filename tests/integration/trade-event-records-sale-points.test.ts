import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Sale points as trade-promotion records: their recognition per Decision 950/QĐ-BCT (the rest of the sale
// point API is covered by sale-points.test.ts).
let t: TestApp;
const as: Record<string, LoggedIn> = {};

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/sale-points${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });
const fields = (body: string) => JSON.parse(body).errors?.map((e: { field: string }) => e.field);

const point = (overrides: object = {}) => ({
  name: 'Điểm giới thiệu và bán sản phẩm OCOP Chợ Chiêm Hóa',
  address: 'Chợ trung tâm, xã Chiêm Hóa',
  provinceCode: '08',
  communeCode: communeOf(t.deps, '08', 3),
  level: 'commune',
  locationType: 'retail',
  recognisedBy: '27/QĐ-UBND',
  recognisedOn: '2026-05-20',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('sale point recognition', () => {
  it.each([
    [{ recognisedOn: null }, ['body.recognisedOn']],
    [{ recognisedBy: ' ' }, ['body.recognisedBy']],
    [{ recognisedOn: '2026-12-01' }, ['body.recognisedOn']],
  ])('needs the decision’s number and date together: %o → %o', async (overrides, expected) => {
    const response = await call('officer', 'POST', '', point(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(fields(response.body)).toEqual(expected);
  });

  it('is recorded, cleared, and filters the list (recognised or not yet), in one’s province', async () => {
    const recognised = await call('officer', 'POST', '', point());
    expect(recognised.statusCode, recognised.body).toBe(201);
    expect(recognised.json()).toMatchObject({ recognisedBy: '27/QĐ-UBND', recognisedOn: '2026-05-20' });
    const pending = await call('officer', 'POST', '', point({ recognisedBy: null, recognisedOn: null }));
    expect(pending.statusCode, pending.body).toBe(201);
    const ids = async (query: string) =>
      (await call('officer', 'GET', `?${query}`)).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await ids('recognised=true')).toEqual([recognised.json().id]);
    expect(await ids('recognised=false')).toEqual([pending.json().id]);

    const half = await call('officer', 'PATCH', `/${recognised.json().id}`, { recognisedOn: null });
    expect(fields(half.body)).toEqual(['body.recognisedOn']);
    const cleared = await call('officer', 'PATCH', `/${recognised.json().id}`, {
      recognisedBy: null,
      recognisedOn: null,
    });
    expect(cleared.json()).toMatchObject({ recognisedBy: null, recognisedOn: null });
    const other = await call('otherOfficer', 'PATCH', `/${pending.json().id}`, {
      recognisedBy: '1/QĐ-UBND',
      recognisedOn: '2026-06-01',
    });
    expect(other.statusCode).toBe(403);
    expect((await call('otherOfficer', 'GET', '?province=08&recognised=true')).statusCode).toBe(403);
  });

  it('lists the levels and the MoIT 950 location types with their labels', async () => {
    const response = await call('otherOfficer', 'GET', '/labels');
    expect(response.statusCode, response.body).toBe(200);
    const { levels, locationTypes } = response.json();
    expect(levels.map((l: { code: string }) => l.code)).toEqual(['commune', 'province', 'national']);
    expect(levels[0]).toEqual({ code: 'commune', labelVi: 'Cấp xã', labelEn: 'Commune level' });
    expect(locationTypes).toContainEqual({
      code: 'highway_rest_stop',
      labelVi: 'Trạm dừng nghỉ trên cao tốc, quốc lộ',
      labelEn: 'Highway rest stop',
    });
  });
});
