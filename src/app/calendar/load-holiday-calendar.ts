// Reads the working-day calendar file (data/calendar/vn-public-holidays.json by default). Does I/O.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHolidayCalendar, type HolidayCalendar } from '../../domain/calendar/holiday-calendar.ts';

/** data/calendar/vn-public-holidays.json of the repository this file belongs to. */
export const DEFAULT_HOLIDAY_CALENDAR_FILE = fileURLToPath(
  new URL('../../../data/calendar/vn-public-holidays.json', import.meta.url),
);

const cache = new Map<string, HolidayCalendar>();

/**
 * The calendar in `file`, read and checked once per path (the file is configuration: edit it and restart).
 * Throws HolidayCalendarError, naming the file, when the data is wrong; a read or JSON error names it too.
 */
export function loadHolidayCalendar(file: string = DEFAULT_HOLIDAY_CALENDAR_FILE): HolidayCalendar {
  const path = resolve(file);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: không đọc được lịch ngày nghỉ (${(error as Error).message})`, { cause: error });
  }
  const calendar = buildHolidayCalendar(data, path);
  cache.set(path, calendar);
  return calendar;
}

/** Forgets every loaded calendar (tests; a reload after editing the file). */
export function clearHolidayCalendarCache(): void {
  cache.clear();
}
