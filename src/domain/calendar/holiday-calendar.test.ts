import { describe, expect, it } from 'vitest';
import {
  buildHolidayCalendar,
  coversDate,
  dayOffOn,
  HolidayCalendarError,
  isWorkingDay,
  parseHolidayCalendar,
  weekdayOf,
} from './holiday-calendar.ts';

// Tết 2026 (Mon 16 – Fri 20 Feb), Giỗ Tổ 2026 on Sunday 26 Apr with its compensatory Monday, and the
// 2025 swap of Friday 2 May for Saturday 26 Apr.
const calendar = buildHolidayCalendar({
  source: 'test',
  note: ['ignored'],
  coverage: { from: '2025-01-01', to: '2026-12-31' },
  holidays: [
    { date: '2025-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
    { date: '2025-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi', kind: 'compensatory_day_off' },
    { date: '2026-02-16', name: 'Tết Nguyên Đán', kind: 'holiday' },
    { date: '2026-02-17', name: 'Tết Nguyên Đán (mùng 1)', kind: 'holiday' },
    { date: '2026-02-18', name: 'Tết Nguyên Đán', kind: 'holiday' },
    { date: '2026-02-19', name: 'Tết Nguyên Đán', kind: 'holiday' },
    { date: '2026-02-20', name: 'Tết Nguyên Đán', kind: 'holiday' },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'compensatory_day_off' },
  ],
  workingWeekendDays: [{ date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025' }],
});

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4],
    ['1900-01-01', 1],
    ['2026-02-17', 2],
    ['2026-02-21', 6],
    ['2026-02-22', 0],
    ['2030-02-02', 6],
  ])('%s → %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-13', true, 'Friday before Tết'],
    ['2026-02-14', false, 'Saturday'],
    ['2026-02-15', false, 'Sunday'],
    ['2026-02-16', false, 'last day of the lunar year'],
    ['2026-02-17', false, 'mùng 1'],
    ['2026-02-20', false, 'mùng 4'],
    ['2026-02-23', true, 'Monday after Tết'],
    ['2026-04-26', false, 'Giỗ Tổ on a Sunday'],
    ['2026-04-27', false, 'its compensatory Monday'],
    ['2026-04-28', true, 'Tuesday'],
    ['2025-04-25', true, 'Friday'],
    ['2025-04-26', true, 'Saturday declared working'],
    ['2025-04-27', false, 'Sunday'],
    ['2025-05-02', false, 'Friday swapped off'],
    ['2025-05-05', true, 'Monday'],
    ['2031-01-22', true, 'a weekday beyond the data'],
    ['2031-01-25', false, 'a Saturday beyond the data'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => isWorkingDay(calendar, '17/02/2026')).toThrow(RangeError);
  });
});

describe('dayOffOn / coversDate', () => {
  it('names the day off', () => {
    expect(dayOffOn(calendar, '2026-02-17')).toEqual({
      date: '2026-02-17',
      name: 'Tết Nguyên Đán (mùng 1)',
      kind: 'holiday',
    });
    expect(dayOffOn(calendar, '2026-02-14')).toBeUndefined();
  });

  it.each([
    ['2024-12-31', false],
    ['2025-01-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('covers %s: %s', (date, expected) => {
    expect(coversDate(calendar, date)).toBe(expected);
  });

  it('covers nothing when the data states no coverage', () => {
    expect(coversDate(buildHolidayCalendar({ holidays: [] }), '2026-01-01')).toBe(false);
  });
});

describe('parseHolidayCalendar', () => {
  const problems = (data: unknown) => {
    const result = parseHolidayCalendar(data);
    return result.ok ? [] : result.fieldErrors.map((e) => e.field);
  };

  it.each<[string, unknown, string[]]>([
    ['not an object', [], ['']],
    ['no holidays list', { workingWeekendDays: [] }, ['holidays']],
    ['entry not an object', { holidays: ['2026-01-01'] }, ['holidays[0]', 'holidays[0].kind']],
    [
      'impossible date',
      { holidays: [{ date: '2026-02-30', name: 'x', kind: 'holiday' }] },
      ['holidays[0].date'],
    ],
    ['empty name', { holidays: [{ date: '2026-01-01', name: ' ', kind: 'holiday' }] }, ['holidays[0].name']],
    ['unknown kind', { holidays: [{ date: '2026-01-01', name: 'x', kind: 'bridge' }] }, ['holidays[0].kind']],
    [
      'same date twice',
      {
        holidays: [
          { date: '2026-01-01', name: 'x', kind: 'holiday' },
          { date: '2026-01-01', name: 'y', kind: 'holiday' },
        ],
      },
      ['holidays[1].date'],
    ],
    [
      'compensatory day off on a Saturday',
      { holidays: [{ date: '2026-02-21', name: 'x', kind: 'compensatory_day_off' }] },
      ['holidays[0].date'],
    ],
    [
      'working weekday declared',
      { holidays: [], workingWeekendDays: [{ date: '2026-02-23', name: 'x' }] },
      ['workingWeekendDays[0].date'],
    ],
    [
      'working day that is also a day off',
      {
        holidays: [{ date: '2026-04-26', name: 'Giỗ Tổ', kind: 'holiday' }],
        workingWeekendDays: [{ date: '2026-04-26', name: 'x' }],
      },
      ['workingWeekendDays[0].date'],
    ],
    ['working list not a list', { holidays: [], workingWeekendDays: {} }, ['workingWeekendDays']],
    ['coverage reversed', { holidays: [], coverage: { from: '2030-12-31', to: '2024-01-01' } }, ['coverage']],
    [
      'day outside the coverage',
      {
        coverage: { from: '2026-01-01', to: '2026-12-31' },
        holidays: [{ date: '2027-01-01', name: 'x', kind: 'holiday' }],
      },
      ['holidays[0].date'],
    ],
  ])('%s', (_case, data, fields) => {
    expect(problems(data)).toEqual(fields);
  });

  it('accepts a weekend holiday (it is listed whatever its weekday)', () => {
    expect(problems({ holidays: [{ date: '2026-04-26', name: 'Giỗ Tổ', kind: 'holiday' }] })).toEqual([]);
  });

  it('buildHolidayCalendar throws every problem, naming the source, in Vietnamese', () => {
    const bad = { holidays: [{ date: '2026-02-30', name: '', kind: 'holiday' }] };
    expect(() => buildHolidayCalendar(bad, 'lich.json')).toThrow(HolidayCalendarError);
    expect(() => buildHolidayCalendar(bad, 'lich.json')).toThrow(
      /^lich\.json: lịch ngày nghỉ không hợp lệ \(2 lỗi\): holidays\[0\]\.date: Ngày "2026-02-30"/,
    );
  });
});
