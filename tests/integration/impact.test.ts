import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revenueGrowthBands } from '../../src/app/impact/revenue-growth-bands.ts';
import { auditLog, producers } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
const as: Record<string, LoggedIn> = {};
const ids: Record<string, string> = {};

type Method = 'GET' | 'PUT' | 'DELETE';
const call = (who: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: as[who]?.headers, ...(payload ? { payload } : {}) });
const fields = (body: string) => JSON.parse(body).errors?.map((e: { field: string }) => e.field);
const figures = { revenueVnd: 1_200_000_000, profitVnd: 150_000_000, jobs: 12, localJobs: 10 };

const producerIn = async (provinceCode: string, i: number) =>
  (await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, provinceCode, i) })).id;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  ids.tea = await producerIn('08', 0);
  ids.honey = await producerIn('08', 1);
  ids.archived = await producerIn('08', 1);
  await t.deps.db.update(producers).set({ archivedAt: new Date() }).where(eq(producers.id, ids.archived));
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
    ebOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '11' }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('yearly figures', () => {
  it('are entered by the producer for itself, replaced on a second entry, audited, with the growth shown', async () => {
    const first = await call('teaProducer', 'PUT', `/producers/${ids.tea}/figures/2025`, figures);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ year: 2025, ...figures, revenueGrowth: null });
    const again = await call('teaProducer', 'PUT', `/producers/${ids.tea}/figures/2025`, {
      ...figures,
      revenueVnd: 1_000_000_000,
    });
    expect(again.json().revenueVnd).toBe(1_000_000_000);
    const running = await call('teaProducer', 'PUT', `/producers/${ids.tea}/figures/2026`, {
      revenueVnd: 1_300_000_000,
    });
    expect(running.statusCode, running.body).toBe(200);
    expect(running.json()).toMatchObject({
      revenueGrowth: { ratio: 1.3, band: 'from_1_1_to_1_5' },
      profitVnd: null,
      jobs: null,
    });
    const list = await call('teaProducer', 'GET', `/producers/${ids.tea}/figures`);
    expect(list.json().items.map((i: { year: number }) => i.year)).toEqual([2026, 2025]);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, `${ids.tea}/2025`));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ['producer_yearly_figures', 'create'],
      ['producer_yearly_figures', 'update'],
    ]);
    expect(audit[1]?.before).toMatchObject({ revenueVnd: 1_200_000_000 });
  });

  it('are entered by the province’s officers; others read in scope or not at all', async () => {
    const put = (who: string) => call(who, 'PUT', `/producers/${ids.honey}/figures/2025`, figures);
    expect((await put('officer')).statusCode).toBe(200);
    expect((await put('ministry')).statusCode).toBe(200);
    expect((await put('otherOfficer')).statusCode).toBe(403);
    expect((await put('teaProducer')).statusCode).toBe(403);
    expect((await put('commune')).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await put('leader')).json()).toMatchObject({ code: 'FORBIDDEN' });
    const read = (who: string) => call(who, 'GET', `/producers/${ids.honey}/figures`);
    expect((await read('commune')).statusCode).toBe(200);
    expect((await read('leader')).statusCode).toBe(200);
    expect((await read('otherOfficer')).statusCode).toBe(403);
    expect((await read('teaProducer')).statusCode).toBe(403);
    expect(
      (await call('officer', 'GET', '/producers/7c1b6f1e-0000-4000-8000-000000000000/figures')).statusCode,
    ).toBe(404);
    const archived = await call('officer', 'PUT', `/producers/${ids.archived}/figures/2025`, figures);
    expect(archived.json()).toMatchObject({ code: 'ARCHIVED' });
  });

  it.each([
    ['2027', figures, 'params.year'],
    ['1999', figures, 'params.year'],
    ['abc', figures, 'params.year'],
    ['2025', { ...figures, localJobs: 13 }, 'body.localJobs'],
    ['2025', { localJobs: 3 }, 'body.jobs'],
    ['2025', { ...figures, revenueVnd: -1 }, 'body.revenueVnd'],
    ['2025', { ...figures, jobs: 2.5 }, 'body.jobs'],
    ['2025', {}, 'body'],
  ])('refuse year %s with %o (400 on %s)', async (year, body, field) => {
    const response = await call('officer', 'PUT', `/producers/${ids.honey}/figures/${year}`, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(fields(response.body)).toEqual([field]);
  });

  it('are deleted when entered by mistake, audited', async () => {
    await call('officer', 'PUT', `/producers/${ids.honey}/figures/2019`, figures);
    expect((await call('officer', 'DELETE', `/producers/${ids.honey}/figures/2019`)).statusCode).toBe(204);
    const again = await call('officer', 'DELETE', `/producers/${ids.honey}/figures/2019`);
    expect(again.json()).toMatchObject({ code: 'YEARLY_FIGURES_NOT_FOUND' });
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, `${ids.honey}/2019`));
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });
});

describe('revenue growth', () => {
  it('bands the producers with both years: declined, <1.1, 1.1–1.5, >1.5', async () => {
    const cases: [number | null, number | null][] = [
      [1_000_000_000, 900_000_000], // declined
      [1_000_000_000, 1_050_000_000], // below ×1.1
      [1_000_000_000, 1_100_000_000], // ×1.1: in the band
      [1_000_000_000, 1_500_000_000], // ×1.5: in the band
      [1_000_000_000, 1_600_000_000], // above ×1.5
      [0, 500_000_000], // no ratio from nothing
      [null, 800_000_000], // 2024 reported without a revenue
    ];
    for (const [i, [previous, current]] of cases.entries()) {
      const producerId = await producerIn('11', i);
      const put = (year: number, revenueVnd: number | null) =>
        call('ebOfficer', 'PUT', `/producers/${producerId}/figures/${year}`, { revenueVnd, jobs: 4 });
      expect((await put(2024, previous)).statusCode).toBe(200);
      expect((await put(2025, current)).statusCode).toBe(200);
    }
    const onlyOneYear = await producerIn('11', 9);
    await call('ebOfficer', 'PUT', `/producers/${onlyOneYear}/figures/2025`, { revenueVnd: 5_000_000 });

    const response = await call('ebOfficer', 'GET', '/impact/revenue-growth');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      provinceCode: '11',
      year: 2025,
      previousYear: 2024,
      compared: 5,
      notComparable: 1,
      bands: [
        { band: 'declined', count: 1, share: 0.2 },
        { band: 'below_1_1', count: 1, share: 0.2 },
        { band: 'from_1_1_to_1_5', count: 2, share: 0.4 },
        { band: 'above_1_5', count: 1, share: 0.2 },
      ],
    });
    const ministry = await call('ministry', 'GET', '/impact/revenue-growth?provinceCode=11&year=2025');
    expect(ministry.json()).toEqual(response.json());
    const earlier = await call('ministry', 'GET', '/impact/revenue-growth?provinceCode=11&year=2024');
    expect(earlier.json()).toMatchObject({
      compared: 0,
      bands: expect.arrayContaining([{ band: 'declined', count: 0, share: null }]),
    });
    const national = await revenueGrowthBands(t.deps.db, { kind: 'national' }, 2025);
    expect(national.compared).toBeGreaterThanOrEqual(5);

    expect((await call('otherOfficer', 'GET', '/impact/revenue-growth?provinceCode=11')).statusCode).toBe(
      403,
    );
    expect((await call('commune', 'GET', '/impact/revenue-growth')).json()).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await call('teaProducer', 'GET', '/impact/revenue-growth')).json()).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(fields((await call('ministry', 'GET', '/impact/revenue-growth?year=2027')).body)).toEqual([
      'query.year',
    ]);
  });
});
