import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../src/app/jobs/run-daily-jobs.ts';
import { notifications } from '../../src/db/schema/index.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let officerId: string;
let ministryId: string;
let office: LoggedIn;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-20T03:00:00Z'));
  const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '19' });
  officerId = officer.id;
  ministryId = (await buildUser(t.deps, { role: 'ministry_admin' })).id;
  office = await loginAs(t.app, officer.username);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/plans',
    headers: office.headers,
    payload: {
      level: 'province',
      provinceCode: '19',
      name: 'Kế hoạch OCOP tỉnh Thái Nguyên năm 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      targets: [
        {
          indicator: 'new_certified_products',
          params: { minStars: 3 },
          comparator: '>=',
          targetValue: 20,
          wording: 'Năm 2026 có ít nhất 20 sản phẩm được xếp hạng OCOP từ 3 sao trở lên',
        },
        { indicator: 'sale_points', comparator: '>=', targetValue: 0, wording: 'Giữ các điểm bán hiện có' },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  planId = created.json().id;
});
afterAll(() => t?.close());

const alertsOf = (userId: string) =>
  t.deps.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .then((rows) => rows.filter((n) => n.kind === 'plan_targets_at_risk'));

describe('plan targets at risk', () => {
  it('are not checked on other days of the month', async () => {
    await runDailyJobs(t.deps, new Date('2026-11-20T03:00:00Z'));
    expect(await alertsOf(officerId)).toEqual([]);
  });

  it('are sent to the province office on the first of the month, with the value now and the forecast', async () => {
    const report = await runDailyJobs(t.deps, new Date('2026-12-01T02:00:00Z'));
    expect(report.jobs.find((j) => j.name === 'plan-targets-at-risk')).toMatchObject({
      ran: true,
      notified: 1,
    });
    const [alert] = await alertsOf(officerId);
    expect(alert).toMatchObject({
      title: '1/2 chỉ tiêu có nguy cơ không đạt: Kế hoạch OCOP tỉnh Thái Nguyên năm 2026',
      link: `/admin/#/plans/${planId}`,
      entityId: planId,
    });
    expect(alert?.body).toContain(
      '- Năm 2026 có ít nhất 20 sản phẩm được xếp hạng OCOP từ 3 sao trở lên: hiện 0, dự báo cuối kỳ 0 (chỉ tiêu >= 20)',
    );
    expect(alert?.body).not.toContain('Giữ các điểm bán');
    expect(await alertsOf(ministryId)).toEqual([]); // a province plan: its own office only
  });

  it('are sent once a month: a second run the same day adds nothing', async () => {
    await runDailyJobs(t.deps, new Date('2026-12-01T15:00:00Z'));
    expect(await alertsOf(officerId)).toHaveLength(1);
  });
});
