import { describe, expect, it } from 'vitest';
import type { IndicatorInputs, YearlyFigures } from './indicator-inputs.ts';
import type { IndicatorRequest } from './indicator-result.ts';
import { computedResult } from './indicator-values.ts';

const WINDOW = { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' };

const combo = (flags: string, producers: number) => ({
  ecommerce: flags.includes('e'),
  retail: flags.includes('r'),
  social: flags.includes('s'),
  website: flags.includes('w'),
  producers,
});

const yearly = (year: number): YearlyFigures => ({
  year,
  revenueVnd: 12_500_000_000,
  revenueReporters: 40,
  jobs: 900,
  jobsReporters: 38,
  comparable: 30,
  grewWithinRange: 12,
});

/** A province on 30 June 2026: 240 products in force (149 × 3★, 89 × 4★, 2 × 5★) in 120 of 124 communes. */
const INPUTS: IndicatorInputs = {
  communesInScope: 124,
  snapshot: {
    productsByStars: { '3': 149, '4': 89, '5': 2 },
    communesByMinStars: { '3': 120, '4': 60, '5': 2 },
    producersByType: { cooperative: 60, sme: 45, household: 40, farm: 5 },
    channelCombos: [combo('', 40), combo('e', 50), combo('r', 20), combo('er', 25), combo('s', 15)],
    listedProducts: 180,
  },
  flow: { newByMinStars: { '3': 22, '4': 9, '5': 1 }, upgraded: 7, recertified: 31 },
  salePoints: [
    { level: 'commune', count: 131 },
    { level: 'province', count: 21 },
  ],
  training: { officials: 80, officialsTrained: 60, producersTrained: 35 },
  support: [
    { kind: 'trademark', count: 12, amountVnd: 240_000_000 },
    { kind: 'packaging', count: 8, amountVnd: 160_000_000 },
  ],
  events: {
    eventsByKind: { fair: 3, supply_demand: 2, other: 1 },
    contracts: 14,
    contractsValueVnd: 9_000_000_000,
  },
  yearly: new Map([['2025:1.1:1.5', yearly(2025)]]),
};

describe('computedResult', () => {
  it.each<[IndicatorRequest, number | null, number | null, number | null]>([
    [{ code: 'certified_products' }, 240, null, null],
    [{ code: 'certified_products', params: { minStars: 4 } }, 91, null, null],
    [{ code: 'five_star_products' }, 2, null, null],
    [{ code: 'communes_covered' }, 120, null, null],
    [{ code: 'commune_coverage' }, 96.77, 120, 124],
    [{ code: 'commune_coverage', params: { minStars: 5 } }, 1.61, 2, 124],
    [{ code: 'producer_type_share', params: { types: ['cooperative'] } }, 40, 60, 150],
    [{ code: 'producer_type_share', params: { types: ['sme', 'farm'] } }, 33.33, 50, 150],
    // e-commerce or supermarkets: 50 + 20 + 25 of 150 producers
    [{ code: 'modern_channel_share' }, 63.33, 95, 150],
    [{ code: 'modern_channel_share', params: { channels: ['ecommerce'] } }, 50, 75, 150],
    [{ code: 'portal_listed_share' }, 75, 180, 240],
    [{ code: 'sale_points' }, 152, null, null],
    [{ code: 'sale_points', params: { level: 'commune' } }, 131, null, null],
    [{ code: 'new_certified_products' }, 22, null, null],
    [{ code: 'new_certified_products', params: { minStars: 5 } }, 1, null, null],
    [{ code: 'upgraded_products' }, 7, null, null],
    [{ code: 'recertified_products' }, 31, null, null],
    [{ code: 'officials_trained_share' }, 75, 60, 80],
    [{ code: 'producers_trained' }, 35, null, null],
    [{ code: 'support_count' }, 20, null, null],
    [{ code: 'support_amount', params: { supportKind: 'packaging' } }, 160_000_000, null, null],
    [{ code: 'fairs_held' }, 6, null, null],
    [{ code: 'fairs_held', params: { eventKinds: ['fair', 'exhibition'] } }, 3, null, null],
    [{ code: 'contracts_signed' }, 14, null, null],
    [{ code: 'revenue_reported' }, 12_500_000_000, null, null],
    [{ code: 'jobs_reported' }, 900, null, null],
    [{ code: 'revenue_growth_share' }, 40, 12, 30],
  ])('%j → %s (%s/%s)', (request, value, numerator, denominator) => {
    const result = computedResult(request, INPUTS, WINDOW);
    expect(result).toMatchObject({ value, numerator, denominator, source: 'computed' });
  });

  it('says what was measured: the day, the period or the year (the last whole year by default)', () => {
    expect(computedResult({ code: 'certified_products' }, INPUTS, WINDOW).measured).toEqual({
      asOf: '2026-06-30',
    });
    expect(computedResult({ code: 'upgraded_products' }, INPUTS, WINDOW).measured).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(computedResult({ code: 'jobs_reported' }, INPUTS, WINDOW).measured).toEqual({ year: 2025 });
  });

  it('a share of nothing is unknown, not 0 % or 100 %', () => {
    const none: IndicatorInputs = {
      ...INPUTS,
      training: { officials: 0, officialsTrained: 0, producersTrained: 0 },
    };
    expect(computedResult({ code: 'officials_trained_share' }, none, WINDOW).value).toBeNull();
  });

  it('marks how far history is honoured', () => {
    expect(computedResult({ code: 'certified_products' }, INPUTS, WINDOW).history).toBe('exact');
    expect(computedResult({ code: 'portal_listed_share' }, INPUTS, WINDOW).history).toBe('partial');
  });
});
