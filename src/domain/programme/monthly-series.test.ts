import { describe, expect, it } from 'vitest';
import { addDays } from '../registry/calendar-date.ts';
import { cumulativeSeries, monthlyPoints, pointIndexOf } from './monthly-series.ts';

describe('monthlyPoints', () => {
  it('ends of months, the last point being asOf', () => {
    expect(monthlyPoints('2026-03-10', 4)).toEqual([
      { month: '2025-12', date: '2025-12-31' },
      { month: '2026-01', date: '2026-01-31' },
      { month: '2026-02', date: '2026-02-28' },
      { month: '2026-03', date: '2026-03-10' },
    ]);
    expect(monthlyPoints('2024-03-31', 2)).toEqual([
      { month: '2024-02', date: '2024-02-29' },
      { month: '2024-03', date: '2024-03-31' },
    ]);
  });
});

describe('pointIndexOf', () => {
  const points = monthlyPoints('2026-03-10', 4);
  it.each([
    ['2020-01-01', 0], // long before: counted from the first point
    ['2025-12-31', 0],
    ['2026-01-01', 1],
    ['2026-01-31', 1],
    ['2026-02-01', 2],
    ['2026-03-10', 3],
    ['2026-03-11', 4], // after asOf: never
    ['2027-01-01', 4],
  ])('%s → %d', (date, k) => {
    expect(pointIndexOf(date, points)).toBe(k);
  });
});

describe('cumulativeSeries', () => {
  it('equals counting the intervals in force at each point', () => {
    const points = monthlyPoints('2026-11-22', 24);
    // Deterministic pseudo-random intervals around the window.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const intervals = Array.from({ length: 400 }, () => {
      const start = addDays('2023-06-01', next(1500));
      return { start, end: addDays(start, next(1200) - 5) };
    }).filter((i) => i.end >= i.start);
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    for (const i of intervals) {
      const ks = pointIndexOf(i.start, points);
      const ke = pointIndexOf(addDays(i.end, 1), points);
      if (ks < points.length) starts.set(ks, (starts.get(ks) ?? 0) + 1);
      if (ke < points.length) ends.set(ke, (ends.get(ke) ?? 0) + 1);
    }
    const brute = points.map((p) => intervals.filter((i) => i.start <= p.date && i.end >= p.date).length);
    expect(cumulativeSeries(starts, ends, points.length)).toEqual(brute);
  });
});
