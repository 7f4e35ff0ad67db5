import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../src/app/jobs/run-daily-jobs.ts';
import { runNationalExport } from '../../src/app/reports/run-national-export.ts';
import { PRODUCT_CSV_COLUMNS, SUMMARY_CSV_COLUMNS } from '../../src/documents/report-national-export.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { buildProgrammeFixture, type Fixture } from './dashboards-fixture.ts';

let t: TestApp;
let fixture: Fixture;
const as: Record<string, LoggedIn> = {};

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/reports${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

const exportPath = (name: string) => join(t.deps.config.dataDir, 'exports', name);

type ExportItem = {
  id: string;
  month: string;
  format: string;
  fileName: string;
  rowCount: number;
  createdAt: string;
};

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-01-10T03:00:00Z'));
  fixture = await buildProgrammeFixture(t.deps, await buildRegistrar(t.deps));
  t.setNow(new Date('2026-07-01T03:00:00Z'));
  const people = {
    admin: await buildUser(t.deps, { role: 'ministry_admin' }),
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
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

describe(`monthly national export on ${process.env.OCOP_TEST_DB}`, () => {
  it('the daily job writes last month’s CSV, summary CSV and JSON once, in the documented format', async () => {
    // 08:00 on 1 July 2026 in Vietnam.
    const first = await runDailyJobs(t.deps, new Date('2026-07-01T01:00:00Z'));
    expect(first.jobs.find((j) => j.name === 'national-monthly-export')).toEqual({
      name: 'national-monthly-export',
      ran: true,
      notified: 0,
    });
    const csvText = await readFile(exportPath('national-2026-06.csv'), 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain('\r\n');
    const [header, ...records] = parse(csvText, { bom: true }) as string[][];
    expect(header).toEqual([...PRODUCT_CSV_COLUMNS]);
    const rows = records.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
    // F was archived in March and G never certified; the rest with their certificate of 30 June.
    const byId = new Map(rows.map((r) => [r.product_id, r]));
    expect(rows).toHaveLength(6);
    expect(byId.has(fixture.F.id) || byId.has(fixture.G.id)).toBe(false);
    expect(byId.get(fixture.A.id)).toMatchObject({ stars: '4', status: 'valid', valid_from: '2025-02-01' });
    expect(byId.get(fixture.B.id)).toMatchObject({
      status: 'revoked',
      revoked_on: '2026-01-15',
      revocation_ground: 'a',
      province_code: '08',
      producer_type: 'cooperative',
      producer_type_vi: 'Hợp tác xã',
    });
    expect(byId.get(fixture.C.id)).toMatchObject({ stars: '5', status: 'expiring', valid_to: '2026-07-01' });
    expect(byId.get(fixture.D.id)).toMatchObject({ status: 'expired', extended_until: '' });
    expect(byId.get(fixture.E.id)).toMatchObject({
      status: 'valid',
      commune_code: communeOf(t.deps, '08', 2),
      commune_name: t.deps.adminUnits.commune2025(communeOf(t.deps, '08', 2))?.fullName,
      province_name: 'Tỉnh Tuyên Quang',
      producer_name: 'Hộ kinh doanh Lý Văn Sơn',
    });
    expect(byId.get(fixture.H.id)).toMatchObject({ province_code: '01', status: 'valid' });

    const [summaryHeader, ...summaryRows] = parse(
      await readFile(exportPath('national-2026-06-summary.csv')),
      {
        bom: true,
      },
    ) as string[][];
    expect(summaryHeader).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(summaryRows).toHaveLength(35);
    const tuyenQuang = summaryRows.find((r) => r[0] === '08');
    // products in force, 3/4/5 stars, valid, expiring, extended, expired, revoked
    expect(tuyenQuang?.slice(2, 11)).toEqual(['3', '1', '1', '1', '2', '1', '0', '1', '1']);
    expect(summaryRows.at(-1)?.slice(0, 3)).toEqual(['', 'Toàn quốc', '4']);

    const json = JSON.parse(await readFile(exportPath('national-2026-06.json'), 'utf8'));
    expect(json).toMatchObject({
      format: 'ocop-national-export',
      version: '1.0',
      period: { month: '2026-06', from: '2026-06-01', to: '2026-06-30' },
      units: '2025',
    });
    expect(json.products).toHaveLength(6);
    expect(json.summary.total.productsInForce).toBe(4);
    expect(json.summary.provinces).toHaveLength(34);

    // The same number as the dashboard for the month end.
    const dashboard = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dashboards/national?asOf=2026-06-30',
      headers: as.admin?.headers,
    });
    const headline = dashboard.json().headline as { code: string; value: number }[];
    expect(headline.find((h) => h.code === 'certified_products')?.value).toBe(4);
  });

  it('runs once per month: later runs and later days write nothing', async () => {
    const before = await stat(exportPath('national-2026-06.csv'));
    const again = await runDailyJobs(t.deps, new Date('2026-07-01T10:00:00Z'));
    expect(again.jobs.find((j) => j.name === 'national-monthly-export')?.ran).toBe(false);
    const nextDay = await runDailyJobs(t.deps, new Date('2026-07-02T01:00:00Z'));
    expect(nextDay.jobs.find((j) => j.name === 'national-monthly-export')).toMatchObject({ ran: true });
    expect(nextDay.jobs.find((j) => j.name === 'national-monthly-export')?.error).toBeUndefined();
    const direct = await runNationalExport(t.deps, '2026-06', new Date('2026-07-02T02:00:00Z'));
    expect(direct.written).toBe(false);
    expect((await stat(exportPath('national-2026-06.csv'))).mtimeMs).toBe(before.mtimeMs);
    const list = (await call('officer', 'GET', '/exports')).json().items as ExportItem[];
    expect(list.map((i) => [i.month, i.format, i.fileName])).toEqual([
      ['2026-06', 'csv', 'national-2026-06.csv'],
      ['2026-06', 'json', 'national-2026-06.json'],
      ['2026-06', 'summary_csv', 'national-2026-06-summary.csv'],
    ]);
    expect(new Set(list.map((i) => i.createdAt))).toEqual(new Set(['2026-07-01T01:00:00.000Z']));
  });

  it('downloads a recorded file as it was written', async () => {
    const list = (await call('admin', 'GET', '/exports')).json().items as ExportItem[];
    const csv = list.find((i) => i.format === 'csv');
    const response = await call('officer', 'GET', `/exports/${csv?.id}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('national-2026-06.csv');
    expect(response.rawPayload.equals(await readFile(exportPath('national-2026-06.csv')))).toBe(true);
    expect((await call('commune', 'GET', '/exports')).statusCode).toBe(403);
    expect((await call('commune', 'GET', `/exports/${csv?.id}/file`)).statusCode).toBe(403);
    expect(
      (await call('officer', 'GET', '/exports/7d0c1f5e-0000-4000-8000-000000000000/file')).statusCode,
    ).toBe(404);
  });

  it('the ministry runs a past month now; the month in progress and other roles are refused', async () => {
    const may = await call('admin', 'POST', '/exports', { month: '2026-05' });
    expect(may.statusCode, may.body).toBe(200);
    expect(may.json().written).toBe(true);
    expect((may.json().items as ExportItem[]).map((i) => i.format).sort()).toEqual([
      'csv',
      'json',
      'summary_csv',
    ]);
    expect((await stat(exportPath('national-2026-05.json'))).isFile()).toBe(true);
    const again = await call('admin', 'POST', '/exports', { month: '2026-05' });
    expect(again.json().written).toBe(false);
    const replaced = await call('admin', 'POST', '/exports', { month: '2026-05', replace: true });
    expect(replaced.json().written).toBe(true);
    const list = (await call('admin', 'GET', '/exports')).json().items as ExportItem[];
    expect(list.filter((i) => i.month === '2026-05')).toHaveLength(3);
    expect((await call('admin', 'POST', '/exports', { month: '2026-07' })).statusCode).toBe(422);
    expect((await call('admin', 'POST', '/exports', { month: '2026-13' })).statusCode).toBe(400);
    expect((await call('officer', 'POST', '/exports', { month: '2026-05' })).statusCode).toBe(403);
  });
});
