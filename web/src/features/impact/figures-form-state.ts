import type { SetYearlyFiguresBody, YearlyFigures } from '../../api/impact';
import { formatVndInput, parseVnd } from '../support/vnd-input';

/** One year's figures as typed: amounts with dots ("1.200.000.000"), counts as digits, "" = not known. */
export interface FiguresFormValues {
  year: string;
  revenue: string;
  profit: string;
  jobs: string;
  localJobs: string;
}

export type FiguresField = 'year' | 'revenueVnd' | 'profitVnd' | 'jobs' | 'localJobs';

export const emptyFiguresForm = (year: number): FiguresFormValues => ({
  year: String(year),
  revenue: '',
  profit: '',
  jobs: '',
  localJobs: '',
});

export const figuresToForm = (figures: YearlyFigures): FiguresFormValues => ({
  year: String(figures.year),
  revenue: formatVndInput(figures.revenueVnd),
  profit: formatVndInput(figures.profitVnd),
  jobs: figures.jobs === null ? '' : String(figures.jobs),
  localJobs: figures.localJobs === null ? '' : String(figures.localJobs),
});

/**
 * The year a new entry starts on: last year (the one usually reported) unless it is already there, then this
 * year if it is not.
 */
export function suggestedYear(entered: readonly number[], currentYear: number): number {
  if (!entered.includes(currentYear - 1)) return currentYear - 1;
  return entered.includes(currentYear) ? currentYear - 1 : currentYear;
}

/** A count as typed: "" → null; a number is passed on (the server checks it is whole and not negative). */
function parseCount(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/**
 * The PUT of a year, or the fields the browser cannot read as numbers. Everything else (a negative revenue,
 * local jobs above all jobs, a year to come, nothing given at all) is the server's to say, beside the field.
 */
export function formToFigures(
  values: FiguresFormValues,
): { ok: true; year: number; body: SetYearlyFiguresBody } | { ok: false; invalid: FiguresField[] } {
  const year = Number(values.year.trim());
  const revenue = parseVnd(values.revenue, { allowNegative: true });
  const profit = parseVnd(values.profit, { allowNegative: true });
  const jobs = parseCount(values.jobs);
  const localJobs = parseCount(values.localJobs);
  const invalid: FiguresField[] = [];
  if (values.year.trim() === '' || !Number.isInteger(year)) invalid.push('year');
  if (!revenue.ok) invalid.push('revenueVnd');
  if (!profit.ok) invalid.push('profitVnd');
  if (!jobs.ok) invalid.push('jobs');
  if (!localJobs.ok) invalid.push('localJobs');
  if (!revenue.ok || !profit.ok || !jobs.ok || !localJobs.ok || invalid.length > 0) {
    return { ok: false, invalid };
  }
  return {
    ok: true,
    year,
    body: {
      revenueVnd: revenue.value,
      profitVnd: profit.value,
      jobs: jobs.value,
      localJobs: localJobs.value,
    },
  };
}
