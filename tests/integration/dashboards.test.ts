import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NationalDashboard } from '../../src/app/programme/national-dashboard.ts';
import type { ProvinceDashboard } from '../../src/app/programme/province-dashboard.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { buildProgrammeFixture, type Fixture } from './dashboards-fixture.ts';

let t: TestApp;
let fixture: Fixture;
const as: Record<string, LoggedIn> = {};
const WINDOW = 'asOf=2026-06-30&from=2026-01-01&to=2026-06-30';

const get = (who: string, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/dashboards${url}`, headers: as[who]?.headers });

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-01-10T03:00:00Z'));
  fixture = await buildProgrammeFixture(t.deps, await buildRegistrar(t.deps));
  t.setNow(new Date('2026-07-01T03:00:00Z'));
  const people = {
    ministry: await buildUser(t.deps, { role: 'ministry_leader' }),
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
    }),
    producer: await buildUser(t.deps, {
      role: 'producer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
      producerId: fixture.coop.id,
    }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});

afterAll(async () => {
  await t.close();
});

describe(`dashboards on ${process.env.OCOP_TEST_DB}`, () => {
  it('a province dashboard: headline, stars, groups, producer types, the commune coverage table, history', async () => {
    const response = await get('leader', `/province/08?${WINDOW}`);
    expect(response.statusCode, response.body).toBe(200);
    const d = response.json<ProvinceDashboard>();
    expect(d.province).toEqual({ code: '08', name: 'Tuyên Quang' });
    expect(d.window).toEqual({ asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' });
    expect(d.headline.find((h) => h.code === 'certified_products')?.value).toBe(3);
    expect(d.byStars).toEqual({ '3': 1, '4': 1, '5': 1 });
    expect(d.byGroup.reduce((n, g) => n + g.products, 0) + d.unclassifiedProducts).toBe(3);
    expect(
      d.byProducerType.filter((p) => p.producers > 0).map((p) => [p.type, p.producers, p.products]),
    ).toEqual([
      ['cooperative', 1, 1],
      ['sme', 1, 1],
      ['household', 1, 1],
    ]);
    const communes = t.deps.adminUnits.communes2025Of('08');
    expect(d.communes).toHaveLength(communes.length);
    expect(d.communes.filter((c) => c.isCovered).map((c) => c.code)).toEqual(
      [0, 1, 2].map((i) => communeOf(t.deps, '08', i)),
    );
    expect(d.coverage).toMatchObject({ covered: 3, total: communes.length });
    expect(d.history).toHaveLength(24);
    expect(d.history.at(-1)).toMatchObject({ month: '2026-06', date: '2026-06-30', total: 3 });
    const month = (m: string) => d.history.find((h) => h.month === m);
    expect(month('2024-07')).toMatchObject({ date: '2024-07-31', total: 3 });
    expect(month('2025-12')).toMatchObject({ total: 4, byStars: { '3': 1, '4': 2, '5': 1 } });
    expect(month('2026-02')?.total).toBe(4); // E added, B revoked on 15 January
    expect(month('2026-03')?.total).toBe(3); // F archived on 1 March
    expect(d.pre2025).toBeNull();
  });

  it('the history starts 24 months back and holds the extension of a certificate under re-evaluation', async () => {
    const d = (await get('officer', '/province/08?asOf=2024-12-31')).json<ProvinceDashboard>();
    expect(d.history[0]).toMatchObject({ month: '2023-01', date: '2023-01-31' });
    // D expired on 10 January 2024 but stayed in force (pending re-evaluation) until 8 July 2024.
    expect(d.history.find((h) => h.month === '2024-06')?.byStars['3']).toBe(2);
    expect(d.history.find((h) => h.month === '2024-07')?.byStars['3']).toBe(1);
  });

  it('units=pre2025: the same counts by old provinces and districts through the mapping', async () => {
    const d = (await get('officer', `/province/08?${WINDOW}&units=pre2025`)).json<ProvinceDashboard>();
    expect(d.pre2025?.provinces.map((p) => p.code)).toEqual(['02', '08']);
    expect(d.pre2025?.provinces.reduce((n, p) => n + p.products, 0)).toBe(3);
    expect(d.pre2025?.districts.reduce((n, p) => n + p.products, 0)).toBe(3);
    expect(d.pre2025?.unattributedProducts).toBe(0);
    expect(d.pre2025?.history.map((h) => [h.code, h.points.length])).toEqual([
      ['02', 24],
      ['08', 24],
    ]);
    const last = d.pre2025?.history.reduce((n, h) => n + (h.points.at(-1)?.total ?? 0), 0);
    expect(last).toBe(3);
  });

  it('the national dashboard: 34 provinces with their key indicators and the totals', async () => {
    const response = await get('ministry', `/national?${WINDOW}`);
    expect(response.statusCode, response.body).toBe(200);
    const d = response.json<NationalDashboard>();
    expect(d.provinces).toHaveLength(34);
    expect(d.provinces.find((p) => p.code === '08')).toMatchObject({
      products: 3,
      byStars: { '3': 1, '4': 1, '5': 1 },
      communesCovered: 3,
      producers: 3,
      newProducts: 1,
      salePoints: 2,
    });
    expect(d.provinces.find((p) => p.code === '01')).toMatchObject({ products: 1, producers: 1 });
    expect(d.totals).toMatchObject({ products: 4, communesTotal: 3321, communesCovered: 4, salePoints: 2 });
    expect(d.headline.find((h) => h.code === 'certified_products')?.value).toBe(4);
    expect(d.history.at(-1)?.total).toBe(4);
    expect(d.pre2025).toBeNull();
    const old = (await get('ministry', `/national?${WINDOW}&units=pre2025`)).json<NationalDashboard>();
    expect(old.pre2025?.provinces).toHaveLength(63);
    expect(old.pre2025?.provinces.reduce((n, p) => n + p.products, 0)).toBe(4);
    expect(old.pre2025?.districts).toEqual([]);
  });

  it('is scoped: province roles their province only; the country is the ministry’s; others 403', async () => {
    expect((await get('otherOfficer', '/province/08')).statusCode).toBe(403);
    expect((await get('officer', '/national')).statusCode).toBe(403);
    expect((await get('commune', '/province/08')).statusCode).toBe(403);
    expect((await get('producer', '/province/08')).statusCode).toBe(403);
    expect((await get('ministry', '/province/01')).statusCode).toBe(200);
    expect((await get('ministry', '/province/99')).statusCode).toBe(404);
    expect((await get('ministry', '/national?from=2026-07-01&to=2026-01-01')).statusCode).toBe(400);
  });
});
