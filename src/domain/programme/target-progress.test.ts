import { describe, expect, it } from 'vitest';
import {
  type Comparator,
  meets,
  monthsBetween,
  progressPercent,
  type TargetInput,
  targetProgress,
  thresholdOf,
} from './target-progress.ts';

describe('meets', () => {
  it.each<[number, Comparator, number, boolean]>([
    [230, '>', 230, false],
    [231, '>', 230, true],
    [200, '>=', 200, true],
    [199, '>=', 200, false],
    [9, '<=', 10, true],
    [11, '<=', 10, false],
    [10, '=', 10, true],
    [9, '=', 10, false],
  ])('%d %s %d → %s', (actual, comparator, target, expected) => {
    expect(meets(actual, comparator, target)).toBe(expected);
  });
});

describe('thresholdOf', () => {
  it.each<[Comparator, number, 'count' | 'percent' | 'vnd', number]>([
    ['>', 230, 'count', 231], // "> 230 products" needs 231
    ['>=', 230, 'count', 230],
    ['>', 40, 'percent', 40], // a share has no "next" value: the target itself, met strictly
    ['>', 1e9, 'vnd', 1e9],
  ])('%s %d (%s) → %d', (comparator, target, unit, expected) => {
    expect(thresholdOf(comparator, target, unit)).toBe(expected);
  });
});

describe('progressPercent', () => {
  it.each<[number, Comparator, number, number]>([
    [115, '>=', 230, 50],
    [230, '>', 230, 100], // not met (strict), but all the way to the number written
    [300, '>=', 200, 150], // beyond the target: not capped
    [0, '>=', 0, 100],
    [-5, '>=', 10, 0],
    [5, '<=', 10, 100],
    [20, '<=', 10, 50],
    [8, '=', 10, 80],
    [12, '=', 10, 83.3],
  ])('%d %s %d → %d%%', (actual, comparator, target, expected) => {
    expect(progressPercent(actual, comparator, target)).toBe(expected);
  });
});

describe('monthsBetween', () => {
  it('counts average months (365.25 / 12 days)', () => {
    expect(monthsBetween('2025-01-01', '2026-01-01')).toBeCloseTo(11.99, 2);
    expect(monthsBetween('2024-01-01', '2025-01-01')).toBeCloseTo(12.02, 2);
    expect(monthsBetween('2025-01-01', '2025-01-01')).toBe(0);
  });
});

const BASE: TargetInput = {
  comparator: '>=',
  target: 200,
  unit: 'count',
  kind: 'stock',
  actual: 150,
  startValue: 100,
  periodFrom: '2024-01-01',
  periodTo: '2025-12-31',
  asOf: '2025-01-01',
};

describe('targetProgress', () => {
  it('a stock target half-way through the period: pace needed and forecast at the pace since the start', () => {
    const p = targetProgress(BASE);
    expect(p.met).toBe(false);
    expect(p.progressPercent).toBe(75);
    expect(p.remaining).toBe(50);
    expect(p.monthsElapsed).toBeCloseTo(12.02, 2);
    expect(p.monthsLeft).toBeCloseTo(11.96, 2);
    // 50 more in 11.96 months; 50 gained in 12.02 months → ≈ 199.8 at the end: just short.
    expect(p.paceNeededPerMonth).toBeCloseTo(4.18, 2);
    expect(p.currentPacePerMonth).toBeCloseTo(4.16, 2);
    expect(p.forecast).toBeCloseTo(199.75, 1);
    expect(p.forecastMet).toBe(false);
  });

  it('a flow target starts at 0', () => {
    const p = targetProgress({ ...BASE, kind: 'flow', target: 20, actual: 10, startValue: 0 });
    expect(p.forecast).toBeCloseTo(19.95, 1);
    expect(p.forecastMet).toBe(false);
  });

  it('a met target needs no pace', () => {
    const p = targetProgress({ ...BASE, actual: 200 });
    expect(p).toMatchObject({ met: true, paceNeededPerMonth: 0, remaining: 0, progressPercent: 100 });
  });

  it('"> 230" on a count: 231 is the threshold, and a forecast of 230.6 products is not "more than 230"', () => {
    const p = targetProgress({
      ...BASE,
      comparator: '>',
      target: 230,
      actual: 230,
      startValue: 229.4, // +0.6 in the first 12 months, +0.6 expected in the last 12
    });
    expect(p.met).toBe(false);
    expect(p.remaining).toBe(1);
    expect(p.forecast).toBeCloseTo(230.6, 1);
    expect(p.forecastMet).toBe(false);
  });

  it('at or after the period end: no pace; the forecast is the value', () => {
    const p = targetProgress({ ...BASE, asOf: '2025-12-31' });
    expect(p.monthsLeft).toBe(0);
    expect(p.paceNeededPerMonth).toBeNull();
    expect(p.forecast).toBe(150);
    expect(p.forecastMet).toBe(false);
  });

  it('on the first day: no current pace and no forecast', () => {
    const p = targetProgress({ ...BASE, asOf: '2024-01-01' });
    expect(p.currentPacePerMonth).toBeNull();
    expect(p.forecast).toBeNull();
    expect(p.paceNeededPerMonth).toBe(2.08); // 50 in 23.98 months
  });

  it('a share forecast stays within 0–100 %', () => {
    const p = targetProgress({ ...BASE, unit: 'percent', target: 100, actual: 90, startValue: 20 });
    expect(p.forecast).toBe(100);
    expect(p.forecastMet).toBe(true);
  });

  it('yearly figures and manual values have no pace or forecast', () => {
    expect(targetProgress({ ...BASE, kind: 'yearly' })).toMatchObject({
      paceNeededPerMonth: null,
      currentPacePerMonth: null,
      forecast: null,
    });
    expect(targetProgress({ ...BASE, startValue: null }).forecast).toBeNull();
  });

  it('an unknown value: nothing is judged', () => {
    expect(targetProgress({ ...BASE, actual: null })).toMatchObject({
      met: null,
      progressPercent: null,
      paceNeededPerMonth: null,
      forecast: null,
    });
  });

  it('a ceiling (<=) above the target needs a decrease per month', () => {
    const p = targetProgress({ ...BASE, comparator: '<=', target: 100, actual: 150 });
    expect(p.met).toBe(false);
    expect(p.paceNeededPerMonth).toBeLessThan(0);
  });
});
