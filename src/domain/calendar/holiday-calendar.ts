// The Vietnamese working-day calendar of state agencies: Saturday and Sunday are weekly days off (40-hour
// week, Decision 188/1999/QĐ-TTg), public holidays come from Labour Code 2019 Art. 112, and each year the
// government announces compensatory days off and swapped working Saturdays. None of that is computed
// here: it is data (data/calendar/vn-public-holidays.json, read by src/app/calendar), so a new year's
// announcement is an edit of the data file, not of the code.

import type { FieldError } from '../errors.ts';
import { type IsoDate, isIsoDate, toDayNumber } from '../registry/calendar-date.ts';

export const DAY_OFF_KINDS = ['holiday', 'compensatory_day_off'] as const;
/** `holiday`: a public holiday itself; `compensatory_day_off`: a day off given for one (nghỉ bù, hoán đổi). */
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export type DayOff = { readonly date: IsoDate; readonly name: string; readonly kind: DayOffKind };
export type WorkingWeekendDay = { readonly date: IsoDate; readonly name: string };

export type HolidayCalendar = {
  /** Declared non-working days (some fall on a weekend: a holiday is listed whatever its weekday). */
  readonly daysOff: ReadonlyMap<IsoDate, DayOff>;
  /** Saturdays and Sundays declared working days (đi làm bù). */
  readonly workingWeekendDays: ReadonlyMap<IsoDate, WorkingWeekendDay>;
  /** The dates the data speaks for; outside them only weekends are days off. Null when not stated. */
  readonly coverage: { readonly from: IsoDate; readonly to: IsoDate } | null;
};

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Day 0 (1970-01-01) was a Thursday. */
export const weekdayOfDayNumber = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const isWeekend = (date: IsoDate): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

/** A working day: Monday to Friday and not a declared day off, or a weekend day declared working. */
export function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  if (calendar.workingWeekendDays.has(date)) return true;
  if (isWeekend(date)) return false;
  return !calendar.daysOff.has(date);
}

/** The declared day off on `date` (for "nghỉ Tết Nguyên Đán" next to a date), if any. */
export const dayOffOn = (calendar: HolidayCalendar, date: IsoDate): DayOff | undefined =>
  calendar.daysOff.get(date);

/** Whether the calendar data covers `date`; beyond it holidays are unknown and only weekends count. */
export function coversDate(calendar: HolidayCalendar, date: IsoDate): boolean {
  const { coverage } = calendar;
  return coverage !== null && coverage.from <= date && date <= coverage.to;
}

/** The data file is wrong: thrown by buildHolidayCalendar with every problem found. */
export class HolidayCalendarError extends Error {
  readonly fieldErrors: readonly FieldError[];

  constructor(source: string, fieldErrors: readonly FieldError[]) {
    const list = fieldErrors.map((e) => (e.field === '' ? e.message : `${e.field}: ${e.message}`));
    super(`${source}: lịch ngày nghỉ không hợp lệ (${fieldErrors.length} lỗi): ${list.join('; ')}`);
    this.name = 'HolidayCalendarError';
    this.fieldErrors = fieldErrors;
  }
}

export type HolidayCalendarResult =
  | { readonly ok: true; readonly value: HolidayCalendar }
  | { readonly ok: false; readonly fieldErrors: FieldError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Reads `date` and `name` of one entry; pushes a field error and returns null when either is wrong. */
function readEntry(
  raw: unknown,
  field: string,
  errors: FieldError[],
): { date: IsoDate; name: string } | null {
  if (!isRecord(raw)) {
    errors.push({ field, message: 'Mỗi mục phải là một đối tượng { "date", "name", … }.' });
    return null;
  }
  let ok = true;
  if (typeof raw.date !== 'string' || !isIsoDate(raw.date)) {
    errors.push({
      field: `${field}.date`,
      message: `Ngày ${JSON.stringify(raw.date)} không hợp lệ: cần ngày có thật, dạng YYYY-MM-DD.`,
    });
    ok = false;
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    errors.push({ field: `${field}.name`, message: 'Cần tên ngày nghỉ (không để trống).' });
    ok = false;
  }
  return ok ? { date: raw.date as string, name: (raw.name as string).trim() } : null;
}

function readCoverage(raw: unknown, errors: FieldError[]): HolidayCalendar['coverage'] {
  if (raw === undefined) return null;
  if (!isRecord(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') {
    errors.push({
      field: 'coverage',
      message: 'coverage phải có dạng { "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" }.',
    });
    return null;
  }
  const { from, to } = raw;
  if (!isIsoDate(from) || !isIsoDate(to)) {
    errors.push({
      field: 'coverage',
      message: 'coverage.from và coverage.to phải là ngày có thật, dạng YYYY-MM-DD.',
    });
    return null;
  }
  if (from > to) {
    errors.push({ field: 'coverage', message: 'coverage.from phải trước hoặc bằng coverage.to.' });
    return null;
  }
  return { from, to };
}

/**
 * Checks the plain data (the parsed JSON file) and builds the calendar. Keys other than `coverage`,
 * `holidays` and `workingWeekendDays` (such as `source` and `note`) are documentation and ignored.
 */
export function parseHolidayCalendar(data: unknown): HolidayCalendarResult {
  const errors: FieldError[] = [];
  if (!isRecord(data)) {
    return { ok: false, fieldErrors: [{ field: '', message: 'Dữ liệu lịch phải là một đối tượng JSON.' }] };
  }
  const coverage = readCoverage(data.coverage, errors);
  const outside = (date: IsoDate) => coverage !== null && (date < coverage.from || date > coverage.to);

  const daysOff = new Map<IsoDate, DayOff>();
  const firstSeen = new Map<IsoDate, string>();
  if (!Array.isArray(data.holidays)) {
    errors.push({ field: 'holidays', message: 'Cần danh sách "holidays" (có thể rỗng).' });
  } else {
    data.holidays.forEach((raw: unknown, i) => {
      const field = `holidays[${i}]`;
      const entry = readEntry(raw, field, errors);
      const kind = isRecord(raw) ? raw.kind : undefined;
      if (!DAY_OFF_KINDS.includes(kind as DayOffKind)) {
        errors.push({
          field: `${field}.kind`,
          message: `Loại ngày nghỉ ${JSON.stringify(kind)} không hợp lệ: cần "holiday" hoặc "compensatory_day_off".`,
        });
      }
      if (entry === null || !DAY_OFF_KINDS.includes(kind as DayOffKind)) return;
      const { date } = entry;
      const seen = firstSeen.get(date);
      if (seen !== undefined) {
        errors.push({ field: `${field}.date`, message: `Ngày ${date} đã có ở ${seen}.` });
        return;
      }
      firstSeen.set(date, field);
      if (outside(date)) {
        errors.push({ field: `${field}.date`, message: `Ngày ${date} nằm ngoài khoảng coverage.` });
      }
      if (kind === 'compensatory_day_off' && isWeekend(date)) {
        errors.push({
          field: `${field}.date`,
          message: `Ngày nghỉ bù ${date} rơi vào ${WEEKDAY_NAMES[weekdayOf(date)]}: ngày nghỉ bù phải là ngày làm việc.`,
        });
      }
      daysOff.set(date, { date, name: entry.name, kind: kind as DayOffKind });
    });
  }

  const workingWeekendDays = new Map<IsoDate, WorkingWeekendDay>();
  const rawWorking = data.workingWeekendDays ?? [];
  if (!Array.isArray(rawWorking)) {
    errors.push({ field: 'workingWeekendDays', message: '"workingWeekendDays" phải là một danh sách.' });
  } else {
    rawWorking.forEach((raw: unknown, i) => {
      const field = `workingWeekendDays[${i}]`;
      const entry = readEntry(raw, field, errors);
      if (entry === null) return;
      const { date } = entry;
      const seen = firstSeen.get(date);
      if (seen !== undefined) {
        errors.push({ field: `${field}.date`, message: `Ngày ${date} đã có ở ${seen}.` });
        return;
      }
      firstSeen.set(date, field);
      if (!isWeekend(date)) {
        errors.push({
          field: `${field}.date`,
          message: `Ngày ${date} là ${WEEKDAY_NAMES[weekdayOf(date)]}: chỉ thứ Bảy hoặc Chủ nhật mới khai báo là ngày làm bù.`,
        });
      }
      if (outside(date)) {
        errors.push({ field: `${field}.date`, message: `Ngày ${date} nằm ngoài khoảng coverage.` });
      }
      workingWeekendDays.set(date, { date, name: entry.name });
    });
  }

  if (errors.length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { daysOff, workingWeekendDays, coverage } };
}

/** parseHolidayCalendar, throwing HolidayCalendarError (naming `source`, e.g. the file) on bad data. */
export function buildHolidayCalendar(data: unknown, source = 'Lịch ngày nghỉ'): HolidayCalendar {
  const result = parseHolidayCalendar(data);
  if (!result.ok) throw new HolidayCalendarError(source, result.fieldErrors);
  return result.value;
}
