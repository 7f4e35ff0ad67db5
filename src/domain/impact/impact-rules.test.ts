import { describe, expect, it } from 'vitest';
import { coverageOf } from '../training/coverage.ts';
import { revenueGrowthBand, summariseRevenueGrowth } from './revenue-growth.ts';
import { yearlyFiguresProblems } from './yearly-figures.ts';

describe('revenueGrowthBand', () => {
  it.each([
    [1_000, 0, 'declined'],
    [1_000, 999, 'declined'],
    [1_000, 1_000, 'below_1_1'],
    [1_000, 1_099, 'below_1_1'],
    [1_000, 1_100, 'from_1_1_to_1_5'], // ×1.1 exactly: in the band
    [1_000, 1_250, 'from_1_1_to_1_5'],
    [1_000, 1_500, 'from_1_1_to_1_5'], // ×1.5 exactly: in the band
    [1_000, 1_501, 'above_1_5'],
    [1_000, 10_000, 'above_1_5'],
    [3, 4, 'from_1_1_to_1_5'], // 1.333…
    [7, 7, 'below_1_1'],
    // Floating point would put 0.1 × 11 above 1.1; integers do not.
    [10_000_000_000, 11_000_000_000, 'from_1_1_to_1_5'],
    [10_000_000_001, 11_000_000_000, 'below_1_1'],
    [2_000_000_000_000, 3_000_000_000_000, 'from_1_1_to_1_5'],
    [2_000_000_000_000, 3_000_000_000_001, 'above_1_5'],
    [0, 0, null],
    [0, 5_000_000, null],
  ])('%d → %d: %s', (previous, current, band) => {
    expect(revenueGrowthBand(previous, current)).toBe(band);
  });

  it.each([
    [-1, 10],
    [10, -1],
    [1.5, 10],
    [Number.MAX_SAFE_INTEGER + 2, 1],
  ])('refuses %d → %d', (previous, current) => {
    expect(() => revenueGrowthBand(previous, current)).toThrow(RangeError);
  });
});

describe('summariseRevenueGrowth', () => {
  it('counts bands and shares among the producers compared', () => {
    const summary = summariseRevenueGrowth([
      { previous: 100, current: 90 },
      { previous: 100, current: 105 },
      { previous: 100, current: 120 },
      { previous: 100, current: 150 },
      { previous: 100, current: 151 },
      { previous: 0, current: 80 },
    ]);
    expect(summary).toEqual({
      compared: 5,
      notComparable: 1,
      bands: {
        declined: { count: 1, share: 0.2 },
        below_1_1: { count: 1, share: 0.2 },
        from_1_1_to_1_5: { count: 2, share: 0.4 },
        above_1_5: { count: 1, share: 0.2 },
      },
    });
  });

  it('has no shares when nobody can be compared', () => {
    const summary = summariseRevenueGrowth([{ previous: 0, current: 0 }]);
    expect(summary.compared).toBe(0);
    expect(summary.bands.from_1_1_to_1_5).toEqual({ count: 0, share: null });
  });
});

describe('yearlyFiguresProblems', () => {
  const figures = { revenueVnd: 1_200_000_000, profitVnd: -50_000_000, jobs: 12, localJobs: 10 };
  const fields = (year: number, overrides: object = {}) =>
    yearlyFiguresProblems(year, { ...figures, ...overrides }, 2026).map((e) => e.field);

  it.each([
    [2026, {}, []], // the running year
    [2025, { profitVnd: null, jobs: null, localJobs: null }, []],
    [2027, {}, ['params.year']],
    [1999, {}, ['params.year']],
    [2025, { localJobs: 13 }, ['body.localJobs']],
    [2025, { localJobs: 12 }, []],
    [2025, { jobs: null }, ['body.jobs']],
    [2025, { revenueVnd: -1 }, ['body.revenueVnd']],
    [2025, { jobs: -1, localJobs: null }, ['body.jobs']],
    [2025, { revenueVnd: null, profitVnd: null, jobs: null, localJobs: null }, ['body']],
  ])('%d %o → %o', (year, overrides, expected) => {
    expect(fields(year, overrides)).toEqual(expected);
  });
});

describe('coverageOf', () => {
  it.each([
    [3, 4, 0.75],
    [0, 10, 0],
    [0, 0, null],
  ])('%d of %d → %s', (covered, total, share) => {
    expect(coverageOf(covered, total)).toEqual({ covered, total, share });
  });
});
