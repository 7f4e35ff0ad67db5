import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/app/demo/seed-demo-data.ts';
import { seedDemoProducts } from '../../src/app/demo/seed-demo-products.ts';
import { seedDemoProgramme } from '../../src/app/demo/seed-demo-programme.ts';
import { EVALUATION_ENV } from '../helpers/evaluation-factories.ts';
import { loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
const NOW = new Date('2026-11-23T03:00:00Z');

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
  t.setNow(NOW);
  await seedDemoProducts(t.deps);
  await seedDemoData(t.deps);
});
afterAll(async () => {
  await t?.close();
});

const get = async (username: string, url: string) => {
  const who = await loginAs(t.app, username, 'ocop-demo-2026');
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('demo programme records', () => {
  it('are created once: two plans, two courses, three support records, two years of figures', async () => {
    expect(await seedDemoProgramme(t.deps)).toBe(9);
    expect(await seedDemoProgramme(t.deps)).toBe(0);
  });

  it('show on the province office’s screens', async () => {
    const plans = await get('tuyenquang.ocop', '/plans?province=08');
    expect(plans.items.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        'Kế hoạch thực hiện Chương trình OCOP tỉnh Tuyên Quang giai đoạn 2021–2025',
        'Kế hoạch thực hiện Chương trình OCOP tỉnh Tuyên Quang năm 2026',
      ]),
    );
    const courses = await get('tuyenquang.ocop', '/training-courses?province=08');
    expect(courses.total).toBe(2);
    expect(courses.items[0].participantCounts).toEqual({ officials: 2, producers: 2 });
    const coverage = await get('tuyenquang.ocop', '/training/coverage?provinceCode=08');
    expect(coverage.officials.trained).toBe(2);
    const support = await get('tuyenquang.ocop', '/support-records?province=08');
    expect(support.totals).toMatchObject({ count: 3, amountVnd: 34_700_000 });
  });

  it('give the demo producer a ×1.2 revenue growth last year', async () => {
    const me = await get('htx.demo', '/auth/me');
    const figures = await get('htx.demo', `/producers/${me.user.producerId}/figures`);
    expect(figures.items.map((f: { year: number }) => f.year)).toEqual([2025, 2024]);
    expect(figures.items[0].revenueGrowth).toEqual({ ratio: 1.2, band: 'from_1_1_to_1_5' });
  });
});
