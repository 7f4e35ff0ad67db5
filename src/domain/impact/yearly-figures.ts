import type { FieldError } from '../errors.ts';

/** A producer's figures for one year; any may be unknown (null), at least one must be given. */
export type YearlyFigures = {
  revenueVnd: number | null;
  profitVnd: number | null;
  jobs: number | null;
  localJobs: number | null;
};

/** The first year the platform takes figures for (the table's check allows 2000–2100). */
export const FIRST_FIGURES_YEAR = 2000;

/**
 * What is wrong with figures for `year`, given the current year in Việt Nam: the year must be over or running
 * (not in the future), revenue and jobs are not negative (profit may be: a loss), local jobs (lao động địa
 * phương) are part of all jobs.
 */
export function yearlyFiguresProblems(
  year: number,
  figures: YearlyFigures,
  currentYear: number,
): FieldError[] {
  const errors: FieldError[] = [];
  if (year > currentYear)
    errors.push({ field: 'params.year', message: `Chưa thể nhập số liệu cho năm ${year} (năm chưa đến).` });
  else if (year < FIRST_FIGURES_YEAR)
    errors.push({ field: 'params.year', message: `Chỉ nhận số liệu từ năm ${FIRST_FIGURES_YEAR}.` });
  const { revenueVnd, profitVnd, jobs, localJobs } = figures;
  if (revenueVnd === null && profitVnd === null && jobs === null && localJobs === null)
    errors.push({
      field: 'body',
      message: 'Cần nhập ít nhất một chỉ tiêu (doanh thu, lợi nhuận, lao động).',
    });
  if (revenueVnd !== null && revenueVnd < 0)
    errors.push({ field: 'body.revenueVnd', message: 'Doanh thu không được âm.' });
  if (jobs !== null && jobs < 0) errors.push({ field: 'body.jobs', message: 'Số lao động không được âm.' });
  if (localJobs !== null && localJobs < 0)
    errors.push({ field: 'body.localJobs', message: 'Số lao động địa phương không được âm.' });
  else if (localJobs !== null && jobs !== null && localJobs > jobs)
    errors.push({
      field: 'body.localJobs',
      message: `Lao động địa phương (${localJobs}) không được nhiều hơn tổng số lao động (${jobs}).`,
    });
  if (localJobs !== null && jobs === null)
    errors.push({ field: 'body.jobs', message: 'Nhập tổng số lao động cùng với lao động địa phương.' });
  return errors;
}
