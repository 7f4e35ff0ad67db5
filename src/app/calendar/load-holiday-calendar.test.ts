import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { communeReviewDueDate } from '../../domain/calendar/deadlines.ts';
import { HolidayCalendarError, isWeekend, isWorkingDay } from '../../domain/calendar/holiday-calendar.ts';
import { addWorkingDays } from '../../domain/calendar/working-days.ts';
import {
  clearHolidayCalendarCache,
  DEFAULT_HOLIDAY_CALENDAR_FILE,
  loadHolidayCalendar,
} from './load-holiday-calendar.ts';

const dir = mkdtempSync(join(tmpdir(), 'ocop-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => clearHolidayCalendarCache());

describe('loadHolidayCalendar (shipped data)', () => {
  it('reads the default file once', () => {
    const calendar = loadHolidayCalendar();
    expect(loadHolidayCalendar(DEFAULT_HOLIDAY_CALENDAR_FILE)).toBe(calendar);
    expect(calendar.coverage).toEqual({ from: '2024-01-01', to: '2030-12-31' });
  });

  // Expected days counted by hand from the announced schedules (2024–2026) and the rule (2027–2030).
  it.each([
    ['2024-02-07', 1, '2024-02-15', 'Tết 2024: off Thu 8 – Wed 14 Feb'],
    ['2024-04-26', 1, '2024-05-02', '2024: Mon 29 Apr swapped, 30/4, 1/5'],
    ['2024-05-03', 1, '2024-05-04', '2024: Saturday 4 May is a working day'],
    ['2024-08-30', 1, '2024-09-04', 'Quốc khánh 2024: Mon 2 and Tue 3 Sep'],
    ['2025-01-24', 1, '2025-02-03', 'Tết 2025: off Sat 25 Jan – Sun 2 Feb'],
    ['2025-04-25', 1, '2025-04-26', '2025: Saturday 26 Apr is a working day'],
    ['2025-04-29', 1, '2025-05-05', '2025: 30/4, 1/5 and the swapped Fri 2 May'],
    ['2026-02-13', 15, '2026-03-13', 'commune review across Tết 2026'],
    ['2026-04-24', 1, '2026-04-28', 'Giỗ Tổ 2026 on Sunday 26 Apr → Mon 27 off'],
    ['2026-11-23', 1, '2026-11-25', 'Ngày Văn hóa Việt Nam 24/11/2026'],
    ['2027-02-04', 1, '2027-02-12', 'Tết 2027 by rule: Fri 5 – Thu 11 Feb'],
    ['2027-04-29', 1, '2027-05-04', '2027: 30/4 Fri, 1/5 Sat → Mon 3 May off'],
    ['2028-01-24', 1, '2028-02-01', 'Tết 2028: Tue 25 – Sat 29 Jan, Mon 31 off'],
    ['2028-04-28', 1, '2028-05-03', '2028: 30/4 Sun, 1/5 Mon → Tue 2 May off'],
    ['2029-02-09', 1, '2029-02-19', 'Tết 2029: Mon 12 – Fri 16 Feb'],
    ['2029-08-31', 1, '2029-09-05', 'Quốc khánh 2029: Sun 2, Mon 3, Tue 4 off'],
    ['2030-01-31', 1, '2030-02-08', 'Tết 2030 (mùng 1 on Sat 2 Feb): off Fri 1 – Thu 7 Feb'],
  ])('%s + %i working day(s) → %s (%s)', (start, n, expected) => {
    const calendar = loadHolidayCalendar();
    expect(addWorkingDays(calendar, start, n)).toBe(expected);
  });

  it('commune review due dates', () => {
    expect(communeReviewDueDate(loadHolidayCalendar(), '2027-02-04')).toBe('2027-03-04');
  });

  // Each holiday gives one weekday off (itself or its compensatory day) and each swap trades a weekday off
  // for a working weekend day: weekdays off − working weekend days = the holidays of the year.
  it.each([
    [2024, 11],
    [2025, 11],
    [2026, 12],
    [2027, 12],
    [2028, 12],
    [2029, 12],
    [2030, 12],
  ])('%i: the Art. 112 balance of days off holds (%i holidays)', (year, holidays) => {
    const calendar = loadHolidayCalendar();
    const ofYear = (date: string) => date.startsWith(`${year}-`);
    const daysOff = [...calendar.daysOff.values()].filter((d) => ofYear(d.date));
    const weekdaysOff = daysOff.filter((d) => !isWeekend(d.date)).length;
    const working = [...calendar.workingWeekendDays.keys()].filter(ofYear).length;
    expect(daysOff.filter((d) => d.kind === 'holiday')).toHaveLength(holidays);
    expect(weekdaysOff - working).toBe(holidays);
    expect(daysOff.filter((d) => d.kind === 'holiday' && d.name.startsWith('Tết Nguyên Đán'))).toHaveLength(
      5,
    );
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) {
      expect(calendar.daysOff.get(`${year}-${fixed}`)?.kind).toBe('holiday');
    }
    expect(isWorkingDay(calendar, `${year}-11-24`)).toBe(year < 2026 && !isWeekend(`${year}-11-24`));
  });
});

describe('loadHolidayCalendar (other files)', () => {
  it('reads a file given by path and caches it until cleared', () => {
    const file = join(dir, 'calendar.json');
    writeFileSync(file, JSON.stringify({ holidays: [{ date: '2026-03-10', name: 'Thử', kind: 'holiday' }] }));
    const first = loadHolidayCalendar(file);
    expect(isWorkingDay(first, '2026-03-10')).toBe(false);
    writeFileSync(file, JSON.stringify({ holidays: [] }));
    expect(loadHolidayCalendar(file)).toBe(first);
    clearHolidayCalendarCache();
    expect(isWorkingDay(loadHolidayCalendar(file), '2026-03-10')).toBe(true);
  });

  it('names the file on bad data, bad JSON and a missing file', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ holidays: [{ date: '2026-03-10', name: 'x', kind: 'nghỉ' }] }));
    expect(() => loadHolidayCalendar(bad)).toThrow(HolidayCalendarError);
    expect(() => loadHolidayCalendar(bad)).toThrow(`${bad}: lịch ngày nghỉ không hợp lệ`);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "holidays": [ ');
    expect(() => loadHolidayCalendar(broken)).toThrow(`${broken}: không đọc được lịch ngày nghỉ`);
    expect(() => loadHolidayCalendar(join(dir, 'missing.json'))).toThrow('missing.json: không đọc được');
  });
});
