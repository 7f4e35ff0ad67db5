import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setYearlyFigures } from '../../src/app/impact/yearly-figures.ts';
import { runDailyJobs } from '../../src/app/jobs/run-daily-jobs.ts';
import { notifications } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
const accounts: Record<string, string> = {};

/** A producer with an account; `certified`: one of its products holds a certificate. */
async function producerWithAccount(name: string, certified: boolean): Promise<string> {
  const producer = await buildProducer(t.deps, registrar, { name });
  const product = await buildProduct(t.deps, registrar, producer.id);
  if (certified) await certify(t.deps, registrar, product.id, { stars: 3, validFrom: '2025-03-01' });
  const user = await buildUser(t.deps, { role: 'producer', producerId: producer.id });
  accounts[name] = user.id;
  return producer.id;
}

const remindersOf = (name: string) =>
  t.deps.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, accounts[name] ?? ''))
    .then((rows) => rows.filter((n) => n.kind === 'yearly_figures_due'));

beforeAll(async () => {
  t = await createTestApp();
  registrar = await buildRegistrar(t.deps);
  await producerWithAccount('HTX chưa nhập số liệu', true);
  const reported = await producerWithAccount('HTX đã nhập số liệu', true);
  await producerWithAccount('HTX chưa có sản phẩm OCOP', false);
  t.setNow(new Date('2027-01-10T03:00:00Z'));
  await setYearlyFigures(t.deps, registrar, { id: null, label: 'test' }, reported, 2026, {
    revenueVnd: 900_000_000,
  });
});
afterAll(() => t?.close());

describe('yearly figures reminders', () => {
  it('ask OCOP producers without last year’s figures, on 15 January, once', async () => {
    await runDailyJobs(t.deps, new Date('2027-01-14T03:00:00Z'));
    expect(await remindersOf('HTX chưa nhập số liệu')).toEqual([]);

    await runDailyJobs(t.deps, new Date('2027-01-15T02:00:00Z'));
    const [reminder] = await remindersOf('HTX chưa nhập số liệu');
    expect(reminder).toMatchObject({ title: 'Nhập số liệu sản xuất, kinh doanh năm 2026' });
    expect(reminder?.link).toMatch(/^\/admin\/#\/producers\/[0-9a-f-]{36}$/);
    expect(await remindersOf('HTX đã nhập số liệu')).toEqual([]);
    expect(await remindersOf('HTX chưa có sản phẩm OCOP')).toEqual([]);

    await runDailyJobs(t.deps, new Date('2027-01-15T16:00:00Z'));
    expect(await remindersOf('HTX chưa nhập số liệu')).toHaveLength(1);
  });

  it('ask again on 15 February while the figures are still missing', async () => {
    await runDailyJobs(t.deps, new Date('2027-02-15T02:00:00Z'));
    expect(await remindersOf('HTX chưa nhập số liệu')).toHaveLength(2);
    expect(await remindersOf('HTX đã nhập số liệu')).toEqual([]);
  });
});
