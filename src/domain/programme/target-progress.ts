// Progress of one target: met or not, how far along, the pace still needed to reach it by the end of the
// plan's period and where the current pace leads. Pure: the day measured is an argument.
//
// - Months are counted as days / (365.25 / 12), so a pace "per month" is the same whatever the months.
// - The current pace runs from the value at the period start to the value measured (a flow indicator starts
//   at 0; a stock indicator at its level on the first day; yearly figures and manual values have no pace).
// - A strict target on a count ("> 230 products") needs the next whole number (231); on a share or an amount
//   the target itself is the threshold, and `met` still applies the strict comparison.
import { daysBetween, type IsoDate } from '../registry/calendar-date.ts';
import type { IndicatorKind, IndicatorUnit } from './indicator-catalogue.ts';

export const COMPARATORS = ['>=', '>', '<=', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const DAYS_PER_MONTH = 365.25 / 12;

export const monthsBetween = (from: IsoDate, to: IsoDate): number => daysBetween(from, to) / DAYS_PER_MONTH;

const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function meets(actual: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return actual >= target;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target;
    case '=':
      return actual === target;
  }
}

/** The value to reach: the target, or the next whole number for a strict target on a count. */
export function thresholdOf(comparator: Comparator, target: number, unit: IndicatorUnit): number {
  return comparator === '>' && unit === 'count' ? Math.floor(target) + 1 : target;
}

/** How far along, in percent (100 when met; uncapped above for "at least" targets). */
export function progressPercent(actual: number, comparator: Comparator, target: number): number {
  if (comparator === '<=')
    return actual <= target ? 100 : actual > 0 ? round((target / actual) * 100, 1) : 100;
  if (comparator === '=') {
    if (actual === target) return 100;
    const [low, high] = actual < target ? [actual, target] : [target, actual];
    return high > 0 ? round((Math.max(low, 0) / high) * 100, 1) : 0;
  }
  if (target <= 0) return actual > target || (comparator === '>=' && actual === target) ? 100 : 0;
  return round((Math.max(actual, 0) / target) * 100, 1);
}

export type TargetInput = Readonly<{
  comparator: Comparator;
  target: number;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  /** The value measured (computed or manual); null when not known yet. */
  actual: number | null;
  /** The value on the first day of the period; null when it has no history (manual, yearly). */
  startValue: number | null;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** The day measured, already clamped to the period's end by the caller when later. */
  asOf: IsoDate;
}>;

export type TargetProgress = Readonly<{
  met: boolean | null;
  progressPercent: number | null;
  /** What is still missing to reach the threshold (0 when met). */
  remaining: number | null;
  monthsElapsed: number;
  monthsLeft: number;
  /** Change needed per month from now to the period end (0 when met; null when the period is over). */
  paceNeededPerMonth: number | null;
  /** Change per month since the period start. */
  currentPacePerMonth: number | null;
  /** The value at the period end if the current pace holds. */
  forecast: number | null;
  forecastMet: boolean | null;
}>;

export function targetProgress(input: TargetInput): TargetProgress {
  const { comparator, target, unit, actual } = input;
  const monthsElapsed = Math.max(0, monthsBetween(input.periodFrom, input.asOf));
  const monthsLeft = Math.max(0, monthsBetween(input.asOf, input.periodTo));
  const base = { monthsElapsed: round(monthsElapsed), monthsLeft: round(monthsLeft) };
  if (actual === null) {
    return {
      ...base,
      ...{ met: null, progressPercent: null, remaining: null, paceNeededPerMonth: null },
      ...{ currentPacePerMonth: null, forecast: null, forecastMet: null },
    };
  }
  const met = meets(actual, comparator, target);
  const gap = met ? 0 : thresholdOf(comparator, target, unit) - actual;
  const hasPace = input.kind !== 'yearly' && input.startValue !== null && monthsElapsed > 0;
  const currentPace = hasPace ? (actual - (input.startValue ?? 0)) / monthsElapsed : null;
  let forecast = currentPace === null ? null : actual + currentPace * monthsLeft;
  if (forecast !== null) forecast = Math.max(0, unit === 'percent' ? Math.min(100, forecast) : forecast);
  return {
    ...base,
    met,
    progressPercent: progressPercent(actual, comparator, target),
    remaining: round(Math.abs(gap)),
    paceNeededPerMonth: met ? 0 : monthsLeft > 0 && input.kind !== 'yearly' ? round(gap / monthsLeft) : null,
    currentPacePerMonth: currentPace === null ? null : round(currentPace),
    forecast: forecast === null ? null : round(forecast),
    // A count lands on whole numbers: 230.6 forecast products are 230.
    forecastMet:
      forecast === null
        ? null
        : meets(unit === 'count' ? Math.floor(forecast + 1e-9) : round(forecast), comparator, target),
  };
}
