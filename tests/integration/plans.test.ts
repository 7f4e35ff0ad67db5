import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.ts';
import { SEED_PLANS } from '../../src/domain/programme/seed-plan-targets.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { buildProgrammeFixture } from './dashboards-fixture.ts';

let t: TestApp;
const as: Record<string, LoggedIn> = {};

type Target = {
  id: string;
  indicator: string;
  targetValue: number;
  manualValue: number | null;
  wording: string;
};
type Plan = { id: string; name: string; level: string; province: { code: string } | null; targets: Target[] };
type Progress = {
  measuredOn: string;
  targets: {
    target: Target;
    actual: { value: number | null; source: string; numerator: number | null; denominator: number | null };
    startValue: number | null;
    progress: {
      met: boolean | null;
      progressPercent: number | null;
      paceNeededPerMonth: number | null;
      forecast: number | null;
      forecastMet: boolean | null;
    };
  }[];
};

const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/plans${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

const tuyenQuangPlan = () => ({
  level: 'province',
  provinceCode: '08',
  name: 'Kế hoạch OCOP năm 2026',
  decisionRef: 'Kế hoạch 12/KH-UBND',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  targets: [
    {
      indicator: 'certified_products',
      params: { minStars: 3 },
      comparator: '>',
      targetValue: 2,
      wording: '> 2 sản phẩm',
    },
    { indicator: 'five_star_products', targetValue: 7, wording: 'Ít nhất 7 sản phẩm 5 sao' },
    { indicator: 'new_certified_products', targetValue: 4, wording: '4 sản phẩm mới' },
    {
      indicator: 'exported_products',
      targetValue: 5,
      manualValue: 3,
      manualAsOf: '2026-06-15',
      wording: '5 sản phẩm xuất khẩu',
    },
  ],
});

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-01-10T03:00:00Z'));
  await buildProgrammeFixture(t.deps, await buildRegistrar(t.deps));
  t.setNow(new Date('2026-07-01T03:00:00Z'));
  const people = {
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    leaderMinistry: await buildUser(t.deps, { role: 'ministry_leader' }),
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
    }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});

afterAll(async () => {
  await t.close();
});

describe(`plans on ${process.env.OCOP_TEST_DB}`, () => {
  let plan: Plan;

  it('lists the indicator catalogue to programme readers only', async () => {
    const response = await call('leader', 'GET', '/indicators');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: { code: string; manualOnly: boolean }[] }>().items;
    expect(items.find((i) => i.code === 'commune_coverage')).toMatchObject({ manualOnly: false });
    expect(items.find((i) => i.code === 'exported_products')).toMatchObject({ manualOnly: true });
    expect((await call('commune', 'GET', '/indicators')).statusCode).toBe(403);
  });

  it('a province officer records a plan for their province (audited)', async () => {
    const response = await call('officer', 'POST', '', tuyenQuangPlan());
    expect(response.statusCode, response.body).toBe(201);
    plan = response.json<Plan>();
    expect(plan).toMatchObject({
      level: 'province',
      province: { code: '08' },
      name: 'Kế hoạch OCOP năm 2026',
    });
    expect(plan.targets.map((x) => [x.indicator, x.targetValue, x.manualValue])).toEqual([
      ['certified_products', 2, null],
      ['five_star_products', 7, null],
      ['new_certified_products', 4, null],
      ['exported_products', 5, 3],
    ]);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'programme_plan'), eq(auditLog.entityId, plan.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a manual value where the platform computes the indicator (422)', async () => {
    const body = tuyenQuangPlan();
    body.targets[0] = { ...body.targets[0], manualValue: 250 } as (typeof body.targets)[number];
    const response = await call('officer', 'POST', '', body);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'MANUAL_VALUE_NOT_ALLOWED',
      errors: [{ field: 'body.targets.0.manualValue' }],
    });
  });

  it('refuses unknown indicators and parameters with the field named (400)', async () => {
    const body = {
      ...tuyenQuangPlan(),
      targets: [
        { indicator: 'happiness', targetValue: 1 },
        { indicator: 'producer_type_share', targetValue: 40 },
        { indicator: 'sale_points', params: { level: 'district' }, targetValue: 20 },
      ],
    };
    const response = await call('officer', 'POST', '', body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'body.targets.0.indicator',
      'body.targets.1.params.types',
      'body.targets.2.params.level',
    ]);
  });

  it('keeps plans in scope: other provinces, national plans and leaders are refused', async () => {
    expect((await call('officer', 'POST', '', { ...tuyenQuangPlan(), provinceCode: '01' })).statusCode).toBe(
      403,
    );
    const national = { ...tuyenQuangPlan(), level: 'national', provinceCode: null };
    expect((await call('officer', 'POST', '', national)).statusCode).toBe(403);
    expect((await call('leader', 'POST', '', tuyenQuangPlan())).statusCode).toBe(403);
    expect((await call('leaderMinistry', 'POST', '', national)).statusCode).toBe(403);
    expect((await call('ministry', 'POST', '', national)).statusCode).toBe(201);
    expect((await call('otherOfficer', 'GET', `/${plan.id}`)).statusCode).toBe(403);
    expect((await call('otherOfficer', 'GET', `/${plan.id}/progress`)).statusCode).toBe(403);
    expect((await call('commune', 'GET', `/${plan.id}`)).statusCode).toBe(403);
    expect((await call('leader', 'GET', `/${plan.id}`)).statusCode).toBe(200);
    expect((await call('ministry', 'GET', '/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lists the province’s plans to its people; the ministry sees all and filters', async () => {
    const mine = (await call('leader', 'GET', '')).json<{ items: Plan[] }>().items;
    expect(mine.map((p) => p.id)).toEqual([plan.id]);
    expect((await call('officer', 'GET', '?level=national')).statusCode).toBe(403);
    const national = (await call('ministry', 'GET', '?level=national')).json<{ items: Plan[] }>().items;
    expect(national.map((p) => p.level)).toEqual(['national']);
    expect((await call('ministry', 'GET', '')).json<{ items: Plan[] }>().items).toHaveLength(2);
  });

  it('progress: computed actuals, the manual value marked, pace needed and forecast', async () => {
    const response = await call('leader', 'GET', `/${plan.id}/progress?asOf=2026-06-30`);
    expect(response.statusCode, response.body).toBe(200);
    const progress = response.json<Progress>();
    expect(progress.measuredOn).toBe('2026-06-30');
    const [certified, fiveStar, fresh, exported] = progress.targets;
    // In force on 30 June: A 4★, C 5★, E 3★ (on 1 January: A, B, C, F — B revoked and F archived since).
    expect(certified).toMatchObject({
      actual: { value: 3, source: 'computed' },
      startValue: 4,
      progress: { met: true, paceNeededPerMonth: 0 },
    });
    expect(fiveStar?.progress).toMatchObject({ met: false, progressPercent: 14.3 });
    expect(fiveStar?.progress.paceNeededPerMonth).toBeCloseTo(6 / 6.03, 1);
    // One new product in six months: 2 expected by the end of the year, 4 needed.
    expect(fresh).toMatchObject({
      actual: { value: 1 },
      startValue: 0,
      progress: { met: false, forecastMet: false },
    });
    expect(fresh?.progress.forecast).toBeCloseTo(2, 0);
    expect(exported).toMatchObject({
      actual: { value: 3, source: 'manual' },
      startValue: null,
      progress: { met: false, forecast: null },
    });
  });

  it('after the period, the plan is judged on its last day', async () => {
    const progress = (await call('officer', 'GET', `/${plan.id}/progress?asOf=2027-03-01`)).json<Progress>();
    expect(progress.measuredOn).toBe('2026-12-31');
    expect(progress.targets[0]?.progress.paceNeededPerMonth).toBeNull(); // met, nothing left to do
  });

  it('edits keep the ids of targets sent back and are audited with before and after', async () => {
    const [first, , , manual] = plan.targets;
    const response = await call('officer', 'PATCH', `/${plan.id}`, {
      name: 'Kế hoạch OCOP năm 2026 (điều chỉnh)',
      targets: [
        { id: first?.id, indicator: 'certified_products', comparator: '>', targetValue: 5 },
        { id: manual?.id, indicator: 'exported_products', targetValue: 5, manualValue: 4 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<Plan>();
    expect(updated.targets.map((x) => x.id)).toEqual([first?.id, manual?.id]);
    expect(updated.targets[1]?.manualValue).toBe(4);
    const stranger = await call('officer', 'PATCH', `/${plan.id}`, {
      targets: [{ id: '00000000-0000-4000-8000-000000000000', indicator: 'custom', targetValue: 1 }],
    });
    expect(stranger.statusCode).toBe(400);
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, plan.id), eq(auditLog.action, 'update')));
    expect(entry?.before).toMatchObject({ name: 'Kế hoạch OCOP năm 2026' });
    expect(entry?.after).toMatchObject({ name: 'Kế hoạch OCOP năm 2026 (điều chỉnh)' });
  });

  it('the seeds’ plans go in as written, each target computed for the 2025 province', async () => {
    for (const seed of SEED_PLANS) {
      const { writtenFor, provinceCode, targets, ...fields } = seed;
      const created = await call('ministry', 'POST', '', {
        ...fields,
        level: 'province',
        provinceCode,
        targets: targets.map((x) => ({ ...x })),
      });
      expect(created.statusCode, `${writtenFor}: ${created.body}`).toBe(201);
      const id = created.json<Plan>().id;
      const progress = (await call('ministry', 'GET', `/${id}/progress?asOf=2025-12-31`)).json<Progress>();
      expect(progress.targets.map((x) => x.target.wording)).toEqual(targets.map((x) => x.wording));
      expect(progress.targets.every((x) => x.actual.source === 'computed')).toBe(true);
      if (writtenFor === 'Tuyên Quang') {
        // On 31 December 2025 the constructed registry of Tuyên Quang holds A, B, C and F, one of them 5★.
        expect(progress.targets.map((x) => [x.actual.value, x.progress.met])).toEqual([
          [4, false],
          [Math.round((3 / t.deps.adminUnits.communes2025Of('08').length) * 10_000) / 100, false],
          [1, false],
        ]);
      }
    }
  });

  it('deletes (audited); a deleted plan is gone', async () => {
    expect((await call('otherOfficer', 'DELETE', `/${plan.id}`)).statusCode).toBe(403);
    expect((await call('officer', 'DELETE', `/${plan.id}`)).statusCode).toBe(204);
    expect((await call('officer', 'GET', `/${plan.id}`)).statusCode).toBe(404);
    const deleted = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, plan.id), eq(auditLog.action, 'delete')));
    expect(deleted).toHaveLength(1);
  });
});
