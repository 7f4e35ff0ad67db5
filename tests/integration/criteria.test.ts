import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

type Sheet = {
  id: number;
  criteriaSet: { id: string; slug: string; fingerprint: string };
  starBands: { stars: number; min: number }[];
  gates: { id: string }[];
  parts: {
    code: string;
    sections: {
      code: string;
      groups?: { code: string; criteriaCodes: string[] }[];
      criteria: {
        code: string;
        cases?: { code: string }[];
        options: { index: number; points: number; minStarFor: number | null; case?: string }[];
      }[];
    }[];
  }[];
};

const criteriaOf = (sheet: Sheet) => sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));

describe('criteria sets API', () => {
  it('lists the shipped criteria sets with their 26 product sets, cacheable', async () => {
    const response = await t.app.inject({ url: '/api/v1/criteria-sets' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const { items } = response.json<{
      items: { id: string; slug: string; current: boolean; fingerprint: string; productSets: unknown[] }[];
    }>();
    const set = items.find((s) => s.id === '26/2026/QĐ-TTg');
    expect(set).toMatchObject({ slug: '26-2026-qd-ttg', current: true, effectiveFrom: '2026-05-22' });
    expect(set?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(set?.productSets).toHaveLength(26);
    expect(set?.productSets[0]).toEqual({
      id: 1,
      name: 'Rau, củ, quả, hạt tươi',
      sector: 'Thực phẩm',
      group: 'Thực phẩm tươi sống',
      maxPoints: 100,
    });
  });

  it('serves a whole sheet by URL-encoded id: parts, sections, criteria, options with points and markers', async () => {
    const response = await t.app.inject({
      url: `/api/v1/criteria-sets/${encodeURIComponent('26/2026/QĐ-TTg')}/product-sets/1`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const sheet = response.json<Sheet>();
    expect(sheet.id).toBe(1);
    expect(sheet.criteriaSet).toMatchObject({ id: '26/2026/QĐ-TTg', slug: '26-2026-qd-ttg' });
    expect(sheet.parts.map((p) => p.code)).toEqual(['A', 'B', 'C']);
    expect(sheet.starBands.map((b) => [b.stars, b.min])).toContainEqual([5, 90]);
    expect(sheet.gates.map((g) => g.id)).toContain('dossier');
    const c13 = criteriaOf(sheet).find((c) => c.code === '1.3');
    expect(c13?.options.map((o) => [o.index, o.points, o.minStarFor])).toEqual([
      [0, 1, null],
      [1, 2, null],
      [2, 3, 5],
    ]);
  });

  it('accepts the slug form (any case) and shows cases (set 26) and groups (set 11)', async () => {
    const tourism = await t.app.inject({ url: '/api/v1/criteria-sets/26-2026-qd-ttg/product-sets/26' });
    expect(tourism.statusCode).toBe(200);
    const c8 = criteriaOf(tourism.json<Sheet>()).find((c) => c.code === '8');
    expect(c8?.cases?.map((c) => c.code)).toEqual(['a', 'b']);
    expect(c8?.options.every((o) => o.case === 'a' || o.case === 'b')).toBe(true);

    const tea = await t.app.inject({ url: '/api/v1/criteria-sets/26-2026-QD-TTG/product-sets/11' });
    expect(tea.statusCode).toBe(200);
    const groups = tea.json<Sheet>().parts.flatMap((p) => p.sections.flatMap((s) => s.groups ?? []));
    expect(groups.map((g) => g.code)).toEqual(expect.arrayContaining(['6.1', '6.2']));
  });

  it('answers 404 for an unknown criteria set and 400 for a product set outside 1–26', async () => {
    const unknown = await t.app.inject({ url: '/api/v1/criteria-sets/99-2099-qd-ttg/product-sets/1' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json()).toMatchObject({ code: 'CRITERIA_SET_NOT_FOUND', status: 404 });
    expect(unknown.headers['cache-control']).toBeUndefined();

    for (const productSetId of ['0', '27', 'abc']) {
      const bad = await t.app.inject({
        url: `/api/v1/criteria-sets/26-2026-qd-ttg/product-sets/${productSetId}`,
      });
      expect(bad.statusCode, productSetId).toBe(400);
      expect(bad.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'params.productSetId' })],
      });
    }
  });
});
