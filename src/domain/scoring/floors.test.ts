// Star minimums (***, ****, *****) as cumulative floors, on every marker of every product set.
import { describe, expect, it } from 'vitest';
import type { Answers } from './scoring.test-support.ts';
import {
  bandOf,
  criterion,
  leaves,
  maxExcept,
  mustHaveTotal,
  PRODUCT_SET_IDS,
  score,
} from './scoring.test-support.ts';

// One row per marker in the data: the best sheet except that criterion, which takes the option just below
// the marked one (or stays unanswered when the marker sits on the lowest option).
const markerRows = PRODUCT_SET_IDS.flatMap((id) =>
  leaves(id).flatMap((c) =>
    c.options.flatMap((option, index) => {
      if (option.minStarFor === null) return [];
      const below = c.options
        .slice(0, index)
        .filter((o) => o.points < option.points && o.case === option.case)
        .at(-1);
      return [
        { id, code: c.code, level: option.minStarFor, points: option.points, below: below?.points ?? null },
      ];
    }),
  ),
);

describe('every marker is a floor', () => {
  it('covers the 575 markers of 26/2026', () => {
    expect(markerRows).toHaveLength(575);
    expect(markerRows.filter((r) => r.below === null).length).toBeGreaterThan(50);
  });

  it.each(markerRows)(
    'set $id, $code: $below < the $level★ minimum $points',
    ({ id, code, level, below }) => {
      const c = criterion(id, code);
      const result = score(id, maxExcept(id, { [code]: below }));
      // A 0-point 5.1 also switches 5.2 off.
      const conditionalLoss = leaves(id)
        .filter((l) => l.appliesWhen?.criterionCode === code && (below ?? 0) === 0)
        .reduce((t, l) => t + l.maxPoints, 0);
      const total = 100 - c.maxPoints + (below ?? 0) - conditionalLoss;
      expect(result.total).toBe(total);
      expect(result.bandStars).toBe(bandOf(total));
      expect(result.stars).toBe(Math.min(Math.max(level - 1, 2), bandOf(total)));
      expect(result.certifiable).toBe(result.stars >= 3);
      const blocked = result.blockedBy.find((b) => b.stars === level);
      expect(blocked?.criteria.map((f) => f.criterionCode)).toContain(code);
    },
  );
});

const NAMED: { name: string; id: number; sheets: Answers[]; total: number; band: number; stars: number }[] = [
  {
    name: 'marker on the lowest option, unanswered (1.6 ****)',
    id: 1,
    sheets: [maxExcept(1, { '1.6': null })],
    total: 97,
    band: 5,
    stars: 3,
  },
  {
    name: 'marker on the lowest option, answered (1.6 ****)',
    id: 1,
    sheets: [maxExcept(1, { '1.6': 1 })],
    total: 98,
    band: 5,
    stars: 5,
  },
  {
    name: '95 points capped to 3★ by a **** floor (2.3)',
    id: 1,
    sheets: [maxExcept(1, { '2.3': 2, '1.4': 1, '1.1': 1 })],
    total: 95,
    band: 5,
    stars: 3,
  },
  {
    name: '95 points capped to 2★ by a *** floor (2.3 unanswered)',
    id: 1,
    sheets: [maxExcept(1, { '2.3': null, '1.4': 1 })],
    total: 95,
    band: 5,
    stars: 2,
  },
  {
    name: 'cumulative: 3.5 at the *** option keeps 3★ only',
    id: 1,
    sheets: [maxExcept(1, { '3.5': 1 })],
    total: 98,
    band: 5,
    stars: 3,
  },
  {
    name: 'cumulative: 3.5 at the **** option reaches 5★',
    id: 1,
    sheets: [maxExcept(1, { '3.5': 2 })],
    total: 99,
    band: 5,
    stars: 5,
  },
  {
    name: '***** floor only: 1.5 at the **** option → 4★',
    id: 1,
    sheets: [maxExcept(1, { '1.5': 2 })],
    total: 99,
    band: 5,
    stars: 4,
  },
  {
    name: '89 with 5★ floors stays 4★ (band), nothing blocked',
    id: 7,
    sheets: [mustHaveTotal(7, 89, 5)],
    total: 89,
    band: 4,
    stars: 4,
  },
  {
    name: '85 with a failed **** floor (2.3) → 3★',
    id: 1,
    sheets: [mustHaveTotal(1, 85, 4, { '2.3': 2 })],
    total: 85,
    band: 4,
    stars: 3,
  },
  {
    name: '70 with a failed **** floor (5.1) → 3★',
    id: 8,
    sheets: [mustHaveTotal(8, 70, 4, { '5.1': 3 })],
    total: 70,
    band: 4,
    stars: 3,
  },
  {
    name: '69 with a failed *** floor (2.3 unanswered) → 2★',
    id: 2,
    sheets: [mustHaveTotal(2, 69, 3, { '2.3': null })],
    total: 69,
    band: 3,
    stars: 2,
  },
  {
    name: '50 with a failed *** floor (3.5 unanswered) → 2★',
    id: 20,
    sheets: [mustHaveTotal(20, 50, 3, { '3.5': null })],
    total: 50,
    band: 3,
    stars: 2,
  },
  {
    name: '50 with only *** floors kept → 3★',
    id: 23,
    sheets: [mustHaveTotal(23, 50, 3)],
    total: 50,
    band: 3,
    stars: 3,
  },
  {
    name: 'set 26: 3.5 *** (1) and **** (2)',
    id: 26,
    sheets: [maxExcept(26, { '3.5': 1 })],
    total: 98,
    band: 5,
    stars: 3,
  },
  {
    name: 'set 26: 3.4 **** unmet',
    id: 26,
    sheets: [maxExcept(26, { '3.4': 1 })],
    total: 98,
    band: 5,
    stars: 3,
  },
  {
    name: 'set 26: 3.5 unanswered',
    id: 26,
    sheets: [maxExcept(26, { '3.5': null })],
    total: 97,
    band: 5,
    stars: 2,
  },
  {
    name: 'mean reaches the floor: 2.3 at 3 and 1 → 2 < 3',
    id: 1,
    sheets: [maxExcept(1, {}), maxExcept(1, { '2.3': 1 })],
    total: 99,
    band: 5,
    stars: 3,
  },
  {
    name: 'mean reaches the floor: 4.1 at 5 and 1 → 3 ≥ **** 3',
    id: 1,
    sheets: [maxExcept(1, {}), maxExcept(1, { '4.1': 1 })],
    total: 98,
    band: 5,
    stars: 4,
  },
  {
    name: 'mean of floors: 1.5 at 3 and 1 → 2 ≥ ****, < *****',
    id: 1,
    sheets: [maxExcept(1, {}), maxExcept(1, { '1.5': 1 })],
    total: 99,
    band: 5,
    stars: 4,
  },
  {
    name: 'unanswered on one sheet of two counts 0: 3.5 mean 1.5 ≥ *** 1, < **** 2',
    id: 1,
    sheets: [maxExcept(1, {}), maxExcept(1, { '3.5': null })],
    total: 98.5,
    band: 5,
    stars: 3,
  },
];

describe('named floor cases', () => {
  it.each(NAMED)('$name', ({ id, sheets, total, band, stars }) => {
    const result = score(id, ...sheets);
    expect([result.total, result.bandStars, result.stars]).toEqual([total, band, stars]);
    expect(result.blockedBy.map((b) => b.stars)).toEqual([3, 4, 5].filter((l) => l > stars && l <= band));
  });

  it('blockedBy names the option each level needs', () => {
    const result = score(1, maxExcept(1, { '2.3': null, '1.5': 2 }));
    expect(result.stars).toBe(2);
    const needs = result.blockedBy.map((b) => [
      b.stars,
      b.criteria.map((f) => [f.criterionCode, f.requiredPoints]),
    ]);
    expect(needs).toEqual([
      [3, [['2.3', 1]]],
      [4, [['2.3', 3]]],
      [
        5,
        [
          ['1.5', 3],
          ['2.3', 3],
        ],
      ],
    ]);
    expect(result.blockedBy[2]?.criteria[0]).toMatchObject({
      points: 2,
      requiredOption: { index: 3, minStarFor: 5 },
    });
  });

  it('a total under 50 is never blocked (1★–2★ carry no minimums)', () => {
    const result = score(1, {});
    expect(result).toMatchObject({ total: 0, bandStars: 1, stars: 1, certifiable: false, blockedBy: [] });
  });
});
