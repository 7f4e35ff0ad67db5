// Calendar dates as plain ISO strings ('YYYY-MM-DD') with integer day arithmetic.
//
// Dates in the registry are civil dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). They never carry a
// time, so they are compared and counted as day numbers; the UTC helpers of Date are used only as a calendar
// (no clock is read here, no local time zone is involved).

import { fail, ok, type Result } from './result.ts';

/** A valid calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(text: string): [number, number, number] | null {
  const m = ISO_DATE.exec(text);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Years before 1900 are refused: nothing in the registry predates them, and Date.UTC maps 0–99 to 19xx.
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks that a string is a real calendar date in 'YYYY-MM-DD' form. */
export function parseIsoDate(text: string, field = 'Ngày'): Result<IsoDate> {
  const trimmed = text.trim();
  if (parts(trimmed) === null) {
    return fail(
      `${field} "${text}" không hợp lệ: cần ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-05-22).`,
      `${field} "${text}" is not a valid YYYY-MM-DD calendar date.`,
    );
  }
  return ok(trimmed);
}

export const isIsoDate = (text: string): boolean => parts(text) !== null;

/** Days since 1970-01-01. Throws on an invalid date: validate input with parseIsoDate first. */
export function toDayNumber(date: IsoDate): number {
  const p = parts(date);
  if (p === null) throw new RangeError(`Invalid ISO date: ${date}`);
  return Date.UTC(p[0], p[1] - 1, p[2]) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/**
 * The same day of the month `months` later; when that month is shorter, its last day
 * (2024-02-29 + 12 months = 2025-02-28; 2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parts(date);
  if (p === null) throw new RangeError(`Invalid ISO date: ${date}`);
  const index = p[0] * 12 + (p[1] - 1) + months;
  const year = Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  const day = Math.min(p[2], daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The civil date in Vietnam (UTC+7, no daylight saving) at the instant `now`. */
export function vietnamDate(now: Date): IsoDate {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** 2027-03-05 → 05/03/2027, as dates are written in Vietnamese administrative text. */
export const formatVietnameseDate = (iso: IsoDate): string => iso.split('-').reverse().join('/');
