import { describe, expect, it } from 'vitest';
import type { IndicatorCode } from './indicator-catalogue.ts';
import { INDICATORS } from './indicator-catalogue.ts';
import { checkIndicatorParams, unitOf } from './indicator-params.ts';

describe('checkIndicatorParams', () => {
  it.each<[IndicatorCode, Record<string, unknown>, Record<string, unknown>]>([
    ['certified_products', {}, {}],
    ['certified_products', { minStars: 4 }, { minStars: 4 }],
    ['producer_type_share', { types: ['sme', 'cooperative', 'sme'] }, { types: ['cooperative', 'sme'] }],
    ['modern_channel_share', { channels: ['ecommerce', 'social'] }, { channels: ['ecommerce', 'social'] }],
    ['sale_points', { level: 'commune' }, { level: 'commune' }],
    [
      'revenue_growth_share',
      { year: 2025, minRatio: 1.1, maxRatio: 1.5 },
      { year: 2025, minRatio: 1.1, maxRatio: 1.5 },
    ],
    ['fairs_held', { eventKinds: ['fair'] }, { eventKinds: ['fair'] }],
    ['support_amount', { supportKind: ' trademark ' }, { supportKind: 'trademark' }],
    ['custom', { unit: 'percent' }, { unit: 'percent' }],
  ])('%s %j → %j', (code, raw, params) => {
    expect(checkIndicatorParams(code, raw)).toEqual({ ok: true, params });
  });

  it.each<[IndicatorCode, Record<string, unknown>, string]>([
    ['certified_products', { minStars: 2 }, 'minStars'],
    ['certified_products', { types: ['sme'] }, 'types'], // not a parameter of this indicator
    ['five_star_products', { minStars: 5 }, 'minStars'],
    ['producer_type_share', {}, 'types'], // required
    ['producer_type_share', { types: [] }, 'types'],
    ['producer_type_share', { types: ['kolkhoz'] }, 'types'],
    ['sale_points', { level: 'district' }, 'level'], // no district level since 1 July 2025
    ['revenue_growth_share', { year: 1999 }, 'year'],
    ['revenue_growth_share', { minRatio: 2, maxRatio: 1.5 }, 'minRatio'],
  ])('%s %j is refused on %s', (code, raw, param) => {
    const result = checkIndicatorParams(code, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.param)).toContain(param);
  });
});

describe('catalogue', () => {
  it('has unique codes; manual-only ones are the few the platform cannot know', () => {
    const codes = INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(INDICATORS.filter((i) => i.manualOnly).map((i) => i.code)).toEqual([
      'exported_products',
      'programme_budget',
      'custom',
    ]);
  });

  it('a custom target takes the unit it is given', () => {
    expect(unitOf('custom', { unit: 'vnd' })).toBe('vnd');
    expect(unitOf('custom', {})).toBe('count');
    expect(unitOf('commune_coverage', {})).toBe('percent');
  });
});
