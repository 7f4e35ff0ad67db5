import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src/app/reference/load-admin-units.ts';
import { adminUnitsDataFingerprint, readAdminUnitsData } from '../../src/reference/admin-units-files.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('admin units API', () => {
  it('lists the 34 provinces in force since 1 July 2025', async () => {
    const response = await get('/api/v1/admin-units/provinces');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { code: string; name: string; type: string }[] }>();
    expect(items).toHaveLength(34);
    expect(items).toContainEqual(expect.objectContaining({ code: '08', name: 'Tuyên Quang', type: 'Tỉnh' }));
    expect(items).toContainEqual(expect.objectContaining({ code: '82', name: 'Đồng Tháp' }));
    expect(items.map((p) => p.code)).not.toContain('02'); // Hà Giang merged into Tuyên Quang
  });

  it('lists the communes of a province, all of that province', async () => {
    const response = await get('/api/v1/admin-units/provinces/08/communes');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { code: string; provinceCode: string; fullName: string }[] }>();
    expect(items).toHaveLength(124);
    expect(new Set(items.map((c) => c.provinceCode))).toEqual(new Set(['08']));
    expect(items.some((c) => c.fullName === 'Xã Thông Nguyên')).toBe(true);
  });

  it.each([
    ['/api/v1/admin-units/provinces/99/communes', 404, 'ADMIN_UNIT_NOT_FOUND'],
    ['/api/v1/admin-units/provinces/02/communes', 404, 'ADMIN_UNIT_NOT_FOUND'],
    ['/api/v1/admin-units/provinces/abc/communes', 400, 'VALIDATION_FAILED'],
    ['/api/v1/admin-units/resolve?province=Hà%20Nội', 400, 'VALIDATION_FAILED'],
    ['/api/v1/admin-units/resolve?oldCommuneCode=12', 400, 'VALIDATION_FAILED'],
    ['/api/v1/admin-units/resolve?oldCommuneCode=99999', 404, 'ADMIN_UNIT_NOT_FOUND'],
  ])('GET %s → %i %s as problem+json', async (url, status, code) => {
    const response = await get(url);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json<{ code: string; title: string; detail: string; errors?: unknown[] }>();
    expect(problem.code).toBe(code);
    expect(problem.detail.length).toBeGreaterThan(0);
    if (status === 400) expect(problem.errors?.length).toBeGreaterThan(0);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it.each([
    [
      'old full names, tone style "Hòa"',
      { province: 'Tỉnh Trà Vinh', district: 'Huyện Cầu Kè', commune: 'Xã Thông Hòa' },
      [{ communeCode: '29335', provinceCode: '86', via: 'pre2025-mapping' }],
    ],
    [
      'old short names without accents',
      { province: 'tra vinh', district: 'cau ke', commune: 'thong hoa' },
      [{ communeCode: '29335', provinceCode: '86', via: 'pre2025-mapping' }],
    ],
    [
      'a 2025 address',
      { province: 'Hà Nội', commune: 'Phường Ba Đình' },
      [{ communeCode: '00004', via: '2025' }],
    ],
  ])('resolves %s', async (_label, query, expected) => {
    const response = await get(`/api/v1/admin-units/resolve?${new URLSearchParams(query)}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ matches: unknown[]; ambiguous: boolean }>();
    expect(body.matches).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(body.ambiguous).toBe(false);
  });

  it('marks an old commune split between two new communes as ambiguous', async () => {
    const response = await get('/api/v1/admin-units/resolve?oldCommuneCode=00007');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ matches: { communeCode: string }[]; ambiguous: boolean }>();
    expect(body.matches.map((m) => m.communeCode).sort()).toEqual(['00008', '00025']);
    expect(body.ambiguous).toBe(true);
  });

  it('holds the reference data in the database, and reloading the same data is a no-op', async () => {
    const result = await loadAdminUnits(
      t.deps.db,
      readAdminUnitsData(),
      adminUnitsDataFingerprint(),
      new Date(),
    );
    expect(result).toEqual({ loaded: false, rowCount: 0 });
    const rows = await t.deps.db.query.communes2025.findMany({ columns: { code: true, nameNorm: true } });
    expect(rows).toHaveLength(3321);
    expect(rows.find((r) => r.code === '29335')?.nameNorm).toBe('tam ngai');
  });

  it('reloads when the fingerprint changes, in one transaction, without duplicating rows', async () => {
    const result = await loadAdminUnits(t.deps.db, readAdminUnitsData(), 'changed-fingerprint', new Date());
    expect(result.loaded).toBe(true);
    const mappings = await t.deps.db.query.communeMappings.findMany({ columns: { id: true } });
    expect(mappings).toHaveLength(10573);
  });
});
