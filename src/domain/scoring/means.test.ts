// Council totals: the exact mean of the sheet totals against the band edges, divergence, fractional points.
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from './criteria-checks.ts';
import { formatMean, meanPoints, unitScale } from './points.ts';
import { scoreEvaluation } from './score-evaluation.ts';
import { decision26, maxAnswers, mustHaveTotal, score } from './scoring.test-support.ts';
import type { CriteriaSet } from './types.ts';

// Sheets keep the 5★ floors (or 3★ below 59), so stars = bandStars unless said otherwise.
const MEANS: { id: number; totals: number[]; text: string; band: number; divergent: boolean }[] = [
  { id: 1, totals: [70, 70, 69], text: '69.66', band: 3, divergent: false },
  { id: 2, totals: [71, 70, 69], text: '70.00', band: 4, divergent: false },
  { id: 3, totals: [90, 89], text: '89.50', band: 4, divergent: false },
  { id: 4, totals: [91, 89], text: '90.00', band: 5, divergent: false },
  { id: 5, totals: [90, 90, 89], text: '89.66', band: 4, divergent: false },
  { id: 6, totals: [89, 90, 91], text: '90.00', band: 5, divergent: false },
  { id: 7, totals: [70, 69], text: '69.50', band: 3, divergent: false },
  { id: 8, totals: [60, 60, 60, 60, 60, 60, 79], text: '62.71', band: 3, divergent: true },
  { id: 9, totals: [65, 75], text: '70.00', band: 4, divergent: false },
  { id: 10, totals: [64, 75], text: '69.50', band: 3, divergent: true },
  { id: 11, totals: [95, 85], text: '90.00', band: 5, divergent: false },
  { id: 12, totals: [96, 85], text: '90.50', band: 5, divergent: true },
  { id: 13, totals: [80, 90, 85], text: '85.00', band: 4, divergent: false },
  { id: 14, totals: [100, 89], text: '94.50', band: 5, divergent: true },
  { id: 15, totals: [80, 70, 60], text: '70.00', band: 4, divergent: true },
  { id: 16, totals: [69, 70, 70, 70], text: '69.75', band: 3, divergent: false },
  { id: 17, totals: [89, 89, 90, 90, 90, 90], text: '89.66', band: 4, divergent: false },
  { id: 18, totals: [100, 100, 100, 100, 89], text: '97.80', band: 5, divergent: true },
  { id: 21, totals: [75, 65], text: '70.00', band: 4, divergent: false },
  { id: 24, totals: [66, 77], text: '71.50', band: 4, divergent: true },
  { id: 25, totals: [90, 90, 90], text: '90.00', band: 5, divergent: false },
  { id: 26, totals: [70, 70, 69], text: '69.66', band: 3, divergent: false },
];

describe('council mean of the sheet totals', () => {
  it.each(MEANS)('set $id, sheets $totals → $text, $band★', ({ id, totals, text, band, divergent }) => {
    const sheets = totals.map((t) => mustHaveTotal(id, t, t >= 59 ? 5 : 3));
    const result = score(id, ...sheets);
    expect(result.sheetTotals).toEqual(totals);
    expect(result.totalText).toBe(text);
    expect(result.total).toBe(Number(text));
    expect(result.bandStars).toBe(band);
    expect(result.divergent).toBe(divergent);
    expect(result.spread).toBe(Math.max(...totals) - Math.min(...totals));
  });

  it('divergence is strictly more than 10 points (10 → no, 11 → yes)', () => {
    expect(score(1, mustHaveTotal(1, 80, 5), mustHaveTotal(1, 70, 5)).divergent).toBe(false);
    expect(score(1, mustHaveTotal(1, 81, 5), mustHaveTotal(1, 70, 5)).divergent).toBe(true);
  });
});

describe('exact arithmetic on integer units', () => {
  it.each([
    [[1, 0.5, 2], 10],
    [[1, 2, 3], 1],
    [[0.25, 1], 100],
    [[0.125], 1000],
  ])('unitScale(%j) = %i', (values, scale) => {
    expect(unitScale(values)).toBe(scale);
  });

  it.each([
    [20999, 3, 1, 6999.66, '6999.66'],
    [209, 3, 1, 69.66, '69.66'],
    [1399, 20, 1, 69.95, '69.95'],
    [6999, 100, 1, 69.99, '69.99'],
    [1795, 2, 10, 89.75, '89.75'],
    [0, 4, 1, 0, '0.00'],
  ])('mean of %i units over %i sheets (scale %i) = %d, shown %s', (sum, count, scale, mean, text) => {
    expect(meanPoints(sum, count, scale)).toBe(mean);
    expect(formatMean(sum, count, scale)).toBe(text);
  });
});

/** Set 1 with half points: 3.2 (max 1) offers 0 / 0.5 / 1, and 1.7 (max 1) the same. */
function halfPointSet(): CriteriaSet {
  const copy = structuredClone(decision26());
  const set1 = copy.productSets.find((p) => p.id === 1);
  for (const criterion of set1?.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)) ?? []) {
    if (criterion.code === '3.2' || criterion.code === '1.7') {
      criterion.options.splice(1, 0, { label: 'Một phần', points: 0.5, minStarFor: null });
    }
  }
  return copy;
}

describe('fractional points (a future decision may use 0.5)', () => {
  const set = halfPointSet();
  // Indexes in the half-point set: 3.2 and 1.7 → 0 = 0, 1 = 0.5, 2 = 1.
  const best = { ...maxAnswers(1), '3.2': 2, '1.7': 2 };
  const whole = (total: number, floors = 5) => ({
    ...mustHaveTotal(1, total, floors, { '3.2': 1, '1.7': 1 }),
    '3.2': 2,
    '1.7': 2,
  });
  const run = (...sheets: Record<string, number>[]) =>
    scoreEvaluation(set, { productSetId: 1, sheets: sheets.map((answers) => ({ answers })) });

  it('is a valid criteria set', () => {
    expect(checkCriteriaSet(set)).toEqual([]);
    expect(run(best).total).toBe(100);
  });

  it.each([
    { name: 'one half point', sheets: [{ ...best, '3.2': 1 }], text: '99.50', totals: [99.5], band: 5 },
    {
      name: 'two half points',
      sheets: [{ ...best, '3.2': 1, '1.7': 1 }],
      text: '99.00',
      totals: [99],
      band: 5,
    },
    {
      name: 'a mean of 89.75',
      sheets: [{ ...whole(89), '3.2': 1 }, whole(91)],
      text: '89.75',
      totals: [88.5, 91],
      band: 4,
    },
    {
      name: '90.5 and 89.5 meet at exactly 90',
      sheets: [
        { ...whole(91), '3.2': 1 },
        { ...whole(90), '1.7': 1 },
      ],
      text: '90.00',
      totals: [90.5, 89.5],
      band: 5,
    },
    {
      name: '49.5 stays 2★',
      sheets: [{ ...whole(50, 3), '1.7': 1 }],
      text: '49.50',
      totals: [49.5],
      band: 2,
    },
    {
      name: '69.5 + 70 → 69.75',
      sheets: [{ ...whole(70), '1.7': 1 }, whole(70)],
      text: '69.75',
      totals: [69.5, 70],
      band: 3,
    },
  ])('$name', ({ sheets, text, totals, band }) => {
    const result = run(...sheets);
    expect(result.sheetTotals).toEqual(totals);
    expect(result.totalText).toBe(text);
    expect(result.bandStars).toBe(band);
  });
});
