// Which targets of a running plan to warn the office about, and how to say it. Pure.
import type { IndicatorUnit } from './indicator-catalogue.ts';
import type { TargetProgress } from './target-progress.ts';

export type AlertTarget = Readonly<{
  label: string;
  unit: IndicatorUnit;
  comparator: string;
  targetValue: number;
  actual: number | null;
  progress: TargetProgress;
}>;

/** Not met yet, and the pace since the period began does not reach it by the end. */
export const isAtRisk = (t: Pick<AlertTarget, 'progress'>): boolean =>
  t.progress.met === false && t.progress.forecastMet === false;

/** Plans are checked on the first day of each month (Vietnam date). */
export const isAlertDay = (today: string): boolean => today.endsWith('-01');

const number = (value: number, unit: IndicatorUnit) =>
  `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}${unit === 'percent' ? '%' : unit === 'vnd' ? ' đ' : ''}`;

/** "Đến năm 2025 toàn tỉnh có trên 230 sản phẩm OCOP: hiện 152, dự báo cuối kỳ 190 (chỉ tiêu > 230)". */
export function alertLine(t: AlertTarget): string {
  const actual = t.actual === null ? 'chưa có số liệu' : `hiện ${number(t.actual, t.unit)}`;
  const forecast =
    t.progress.forecast === null ? '' : `, dự báo cuối kỳ ${number(t.progress.forecast, t.unit)}`;
  return `${t.label}: ${actual}${forecast} (chỉ tiêu ${t.comparator} ${number(t.targetValue, t.unit)})`;
}
