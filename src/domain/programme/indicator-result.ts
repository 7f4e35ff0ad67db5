// The answer for one indicator, the same shape wherever it is shown (plan progress, dashboards, reports).
import type { IsoDate } from '../registry/calendar-date.ts';
import {
  type HistoryFidelity,
  type IndicatorCode,
  type IndicatorKind,
  type IndicatorUnit,
  indicatorDefinition,
  type Label,
} from './indicator-catalogue.ts';
import { type IndicatorParams, unitOf } from './indicator-params.ts';

export type IndicatorWindow = Readonly<{
  /** The day stock indicators are measured on. */
  asOf: IsoDate;
  /** The period flow indicators are counted over (both days included). */
  from: IsoDate;
  to: IsoDate;
}>;

export type IndicatorRequest = Readonly<{ code: IndicatorCode; params?: IndicatorParams }>;

export type IndicatorSource = 'computed' | 'manual';

export type IndicatorResult = Readonly<{
  code: IndicatorCode;
  label: Label;
  unit: IndicatorUnit;
  noun: Label;
  kind: IndicatorKind;
  params: IndicatorParams;
  /** Null when it cannot be known (a share of nothing; a manual value not entered yet). */
  value: number | null;
  source: IndicatorSource;
  /** For shares: the counts behind the percentage ("138/138 xã"). */
  numerator: number | null;
  denominator: number | null;
  /** Parts of the value (by stars, by type, by level, by kind…). */
  breakdown: Readonly<Record<string, number>> | null;
  /** What was measured: the day (stock), the period (flow) or the year (yearly); a manual value's date. */
  measured: Readonly<{ asOf?: IsoDate; from?: IsoDate; to?: IsoDate; year?: number }>;
  history: HistoryFidelity;
}>;

/** Rounds a share to 2 decimals; null for a share of nothing. */
export function percentOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 100 : null;
}

/** The frame of a result (labels, unit, what was measured) around a value. */
export function resultFrame(
  code: IndicatorCode,
  params: IndicatorParams,
  measured: IndicatorResult['measured'],
  source: IndicatorSource,
): Omit<IndicatorResult, 'value' | 'numerator' | 'denominator' | 'breakdown'> {
  const definition = indicatorDefinition(code);
  return {
    code,
    label: definition.label,
    unit: unitOf(code, params),
    noun: definition.noun,
    kind: definition.kind,
    params,
    source,
    measured,
    history: source === 'manual' ? 'none' : definition.history,
  };
}

/** A manual value as entered (only for indicators the platform does not hold). */
export function manualResult(
  code: IndicatorCode,
  params: IndicatorParams,
  value: number | null,
  asOf: IsoDate | null,
): IndicatorResult {
  return {
    ...resultFrame(code, params, asOf ? { asOf } : {}, 'manual'),
    value,
    numerator: null,
    denominator: null,
    breakdown: null,
  };
}
