// Deadlines counted in working days and in calendar days.
//
// Civil Code 2015 Art. 147(2): a period counted in days starts on the day after the event (the day a
// dossier is received is not counted). Art. 148(5): when the last day of a period is a weekend day or a
// holiday, the period ends at the end of the next working day.

import { addDays, fromDayNumber, type IsoDate, toDayNumber } from '../registry/calendar-date.ts';
import { type HolidayCalendar, weekdayOfDayNumber } from './holiday-calendar.ts';

function isWorkingDayNumber(calendar: HolidayCalendar, day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  const isWeekendDay = weekday === 0 || weekday === 6;
  // Most days are plain weekdays or weekends not listed anywhere: look the date up only when it matters.
  if (isWeekendDay && calendar.workingWeekendDays.size === 0) return false;
  const date = fromDayNumber(day);
  if (isWeekendDay) return calendar.workingWeekendDays.has(date);
  return !calendar.daysOff.has(date);
}

/**
 * The due date of "within n working days" from `start`: the n-th working day after `start`, which itself
 * is not counted (a dossier received on a Friday and due within 1 working day is due on Monday).
 * n = 0 returns `start`; a negative n gives the |n|-th working day before `start`.
 */
export function addWorkingDays(calendar: HolidayCalendar, start: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  let day = toDayNumber(start);
  const step = n < 0 ? -1 : 1;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step;
    if (isWorkingDayNumber(calendar, day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to`; negative (minus the working days after `to` up to
 * and including `from`) when `to` is earlier. With `from` = today and `to` = the due date: 3 means
 * "còn 3 ngày làm việc" (the due day included), 0 means no working day left before the due date (due
 * today), -2 means "quá hạn 2 ngày làm việc".
 */
export function workingDaysBetween(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): number {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = first + 1; day <= last; day += 1) {
    if (isWorkingDayNumber(calendar, day)) count += 1;
  }
  return count;
}

/** `date` when it is a working day, otherwise the first working day after it. */
export function workingDayOnOrAfter(calendar: HolidayCalendar, date: IsoDate): IsoDate {
  let day = toDayNumber(date);
  while (!isWorkingDayNumber(calendar, day)) day += 1;
  return fromDayNumber(day);
}

/**
 * The due date of "within `days` days" (calendar days) from `start`: `start` + `days`, moved to the next
 * working day when that day is a day off (Civil Code 2015 Art. 148(5)).
 */
export function dueAfterCalendarDays(calendar: HolidayCalendar, start: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`dueAfterCalendarDays: days must be a non-negative integer, got ${days}`);
  }
  return workingDayOnOrAfter(calendar, addDays(start, days));
}
