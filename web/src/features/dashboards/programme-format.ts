import type { Comparator, IndicatorUnit, TargetProgressRow } from '../../api/programme';
import type { Language } from '../../i18n/translate';

const localeOf = (language: Language): string => (language === 'vi' ? 'vi-VN' : 'en-GB');

/** 1234.5 → "1.234,5" (vi) or "1,234.5" (en), at most `digits` decimals. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}

/** A value in its unit: "45,5%", "1.250.000.000 đ" / "VND 1,250,000,000", "230"; null → "—". */
export function formatValue(value: number | null, unit: IndicatorUnit, language: Language): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, language)}%`;
    case 'vnd':
      return language === 'vi'
        ? `${formatNumber(value, language, 0)} đ`
        : `VND ${formatNumber(value, language, 0)}`;
    case 'count':
      return formatNumber(value, language, 2);
  }
}

/** "2026-06-30" → "30/06/2026" (both languages write the day first). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "2026-06" → "06/2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${match[2]}/${match[1]}` : month;
}

export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '=': '=',
};

/**
 * Where a target stands, said in words beside its colour: met; not yet but on track at the current pace;
 * at risk (the pace falls short); missed (the period is over); no forecast (no pace: yearly or manual
 * figures); no data (nothing measured yet).
 */
export type TargetStatus = 'met' | 'onTrack' | 'atRisk' | 'missed' | 'noForecast' | 'noData';

export function targetStatus(progress: TargetProgressRow['progress']): TargetStatus {
  if (progress.met === null) return 'noData';
  if (progress.met) return 'met';
  if (progress.monthsLeft <= 0) return 'missed';
  if (progress.forecastMet === null) return 'noForecast';
  return progress.forecastMet ? 'onTrack' : 'atRisk';
}

/** Today in Việt Nam (UTC+7, no daylight saving) as YYYY-MM-DD: the server's default "as of" day. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether a plan's period contains a day (ISO dates compare as strings). */
export const periodContains = (plan: { periodFrom: string; periodTo: string }, day: string): boolean =>
  plan.periodFrom <= day && day <= plan.periodTo;

/** The plans in force on a day, the latest started first (a dashboard shows the first, offers the others). */
export function currentPlans<P extends { periodFrom: string; periodTo: string }>(
  plans: readonly P[],
  day: string,
): P[] {
  return plans.filter((p) => periodContains(p, day)).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom));
}
