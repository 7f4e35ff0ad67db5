import { describe, expect, it } from 'vitest';
import {
  COMMUNE_REVIEW_WORKING_DAYS,
  communeReviewDueDate,
  RE_EVALUATION_DAYS,
  REVOCATION_DAYS,
  reEvaluationDueDate,
  revocationDueDate,
} from './deadlines.ts';
import { buildHolidayCalendar } from './holiday-calendar.ts';
import {
  addWorkingDays,
  dueAfterCalendarDays,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.ts';

const off = (date: string, name: string) => ({ date, name, kind: 'holiday' });
const compensatory = (date: string, name: string) => ({ date, name, kind: 'compensatory_day_off' });

// Days off of the shipped data for the periods tested below. Expected dates in the tables are counted
// by hand on a wall calendar (weekdays noted), not with the functions under test.
const calendar = buildHolidayCalendar({
  holidays: [
    // 2025: 30/4 (Wed), 1/5 (Thu), Friday 2/5 swapped for Saturday 26/4.
    off('2025-04-30', 'Ngày Chiến thắng'),
    off('2025-05-01', 'Ngày Quốc tế Lao động'),
    compensatory('2025-05-02', 'Nghỉ hoán đổi'),
    // Tết Bính Ngọ 2026: Mon 16 – Fri 20 Feb (off Sat 14 – Sun 22).
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => off(d, 'Tết')),
    // Giỗ Tổ 2026 on Sunday 26/4, compensatory Monday 27/4; 30/4 (Thu), 1/5 (Fri).
    off('2026-04-26', 'Giỗ Tổ Hùng Vương'),
    compensatory('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    off('2026-04-30', 'Ngày Chiến thắng'),
    off('2026-05-01', 'Ngày Quốc tế Lao động'),
    // Quốc khánh 2026: Tue 1/9 and Wed 2/9, Monday 31/8 swapped for Saturday 22/8.
    compensatory('2026-08-31', 'Nghỉ hoán đổi'),
    off('2026-09-01', 'Quốc khánh (ngày liền kề)'),
    off('2026-09-02', 'Quốc khánh'),
    // Tết Đinh Mùi 2027 by rule: Fri 5 – Tue 9 Feb; mùng 1–2 on Sat–Sun give Wed 10 and Thu 11 off.
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((d) => off(d, 'Tết')),
    compensatory('2027-02-10', 'Nghỉ bù Tết'),
    compensatory('2027-02-11', 'Nghỉ bù Tết'),
  ],
  workingWeekendDays: [
    { date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025' },
    { date: '2026-08-22', name: 'Làm bù cho thứ Hai 31/08/2026' },
  ],
});

describe('addWorkingDays', () => {
  it.each([
    // n = 0 returns the start, even a day off.
    ['2026-03-10', 0, '2026-03-10', 'Tue, n = 0'],
    ['2026-02-14', 0, '2026-02-14', 'Sat during Tết, n = 0'],
    // Weekends only (March 2026).
    ['2026-03-09', 1, '2026-03-10', 'Mon → Tue'],
    ['2026-03-06', 1, '2026-03-09', 'Fri → Mon'],
    ['2026-03-07', 1, '2026-03-09', 'received Sat → Mon'],
    ['2026-03-08', 5, '2026-03-13', 'received Sun → Fri'],
    ['2026-03-06', 15, '2026-03-27', 'n = 15 from a Friday: three weeks'],
    ['2026-03-02', 15, '2026-03-23', 'n = 15 from a Monday'],
    // Tết 2026.
    ['2026-02-13', 1, '2026-02-23', 'Fri before Tết → Mon after'],
    ['2026-02-13', 15, '2026-03-13', 'n = 15 from the Friday before Tết: one week later than without Tết'],
    ['2026-02-10', 15, '2026-03-10', 'Tue 10 Feb: 3 days before Tết, 12 after'],
    ['2026-02-17', 15, '2026-03-13', 'received on mùng 1 (online)'],
    ['2026-02-12', 2, '2026-02-23', 'Thu → Fri 13 → Mon 23'],
    // Tết 2027 (compensatory Wed 10 and Thu 11 Feb).
    ['2027-02-04', 1, '2027-02-12', 'Thu 4 Feb → Fri 12 Feb'],
    ['2027-02-04', 15, '2027-03-04', 'n = 15 across Tết 2027'],
    // 30/4 – 1/5 with Giỗ Tổ on a Sunday (2026).
    ['2026-04-24', 1, '2026-04-28', 'Fri → Tue (Mon 27 compensatory)'],
    ['2026-04-24', 5, '2026-05-06', 'Tue 28, Wed 29, Mon 4, Tue 5, Wed 6'],
    ['2026-04-24', 15, '2026-05-20', 'n = 15 from a Friday across 30/4 – 1/5'],
    ['2026-04-29', 1, '2026-05-04', 'Wed 29 → Mon 4 May'],
    // 2025: Saturday 26/4 is a working day, Friday 2/5 is not.
    ['2025-04-25', 1, '2025-04-26', 'Fri → the working Saturday'],
    ['2025-04-25', 4, '2025-05-05', 'Sat 26, Mon 28, Tue 29, Mon 5'],
    // Quốc khánh 2026 with the working Saturday 22/8.
    ['2026-08-21', 1, '2026-08-22', 'Fri → the working Saturday'],
    ['2026-08-21', 2, '2026-08-24', 'Sat 22 → Mon 24'],
    ['2026-08-21', 7, '2026-09-03', 'Sat 22, Mon 24 – Fri 28, Thu 3 Sep'],
    ['2026-08-28', 1, '2026-09-03', 'Fri 28 Aug → Thu 3 Sep'],
    ['2026-08-28', 15, '2026-09-23', 'n = 15 from a Friday across 2/9'],
    // Negative n: counting back.
    ['2026-02-23', -1, '2026-02-13', 'Mon after Tết, back 1'],
    ['2026-09-03', -2, '2026-08-27', 'Thu 3 Sep, back 2'],
  ])('%s + %i → %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(calendar, start, n)).toBe(expected);
  });

  it('refuses a fractional n and a bad date', () => {
    expect(() => addWorkingDays(calendar, '2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-03-10', '2026-03-10', 0, 'same day'],
    ['2026-03-09', '2026-03-13', 4, 'Mon → Fri: Tue to Fri'],
    ['2026-03-10', '2026-03-13', 3, '"còn 3 ngày làm việc"'],
    ['2026-03-17', '2026-03-13', -2, '"quá hạn 2 ngày làm việc": Mon 16 and Tue 17'],
    ['2026-03-13', '2026-03-16', 1, 'over a weekend'],
    ['2026-03-14', '2026-03-15', 0, 'Sat → Sun'],
    ['2026-02-13', '2026-02-23', 1, 'over Tết 2026'],
    ['2026-02-14', '2026-02-22', 0, 'inside Tết 2026'],
    ['2026-02-13', '2026-03-13', 15, 'the commune review period from 13 Feb'],
    ['2026-03-13', '2026-02-13', -15, 'backwards'],
    ['2026-08-21', '2026-08-24', 2, 'the working Saturday counts'],
    ['2026-08-28', '2026-09-03', 1, 'over Quốc khánh 2026'],
    ['2027-02-04', '2027-02-12', 1, 'over Tết 2027'],
  ])('%s → %s = %i (%s)', (from, to, expected) => {
    expect(workingDaysBetween(calendar, from, to)).toBe(expected);
  });

  it('agrees with addWorkingDays for every n up to 40 from days around the holidays', () => {
    for (const start of [
      '2026-02-10',
      '2026-02-14',
      '2026-04-24',
      '2026-08-21',
      '2027-02-04',
      '2025-04-25',
    ]) {
      for (let n = 0; n <= 40; n += 1) {
        expect(workingDaysBetween(calendar, start, addWorkingDays(calendar, start, n))).toBe(n);
      }
    }
  });
});

describe('workingDayOnOrAfter / dueAfterCalendarDays', () => {
  it.each([
    ['2026-03-10', '2026-03-10'],
    ['2026-03-14', '2026-03-16'],
    ['2026-02-14', '2026-02-23'],
    ['2026-08-22', '2026-08-22'],
    ['2026-08-29', '2026-09-03'],
  ])('working day on or after %s: %s', (date, expected) => {
    expect(workingDayOnOrAfter(calendar, date)).toBe(expected);
  });

  it.each([
    ['2026-03-01', 45, '2026-04-15', 'Wed 15 Apr, a working day'],
    ['2026-07-19', 45, '2026-09-03', '2 Sep is Quốc khánh → Thu 3 Sep'],
    ['2026-02-02', 15, '2026-02-23', '17 Feb is mùng 1 → Mon 23 Feb'],
    ['2026-03-06', 15, '2026-03-23', 'Sat 21 Mar → Mon 23 Mar'],
    ['2026-03-06', 0, '2026-03-06', 'zero days'],
  ])('%s + %i calendar days → %s (%s)', (start, days, expected) => {
    expect(dueAfterCalendarDays(calendar, start, days)).toBe(expected);
  });

  it('refuses a negative number of days', () => {
    expect(() => dueAfterCalendarDays(calendar, '2026-03-06', -1)).toThrow(RangeError);
  });
});

describe('Decision 26/2026 deadlines', () => {
  it('keeps the numbers of Art. 7 and Art. 8', () => {
    expect([COMMUNE_REVIEW_WORKING_DAYS, RE_EVALUATION_DAYS, REVOCATION_DAYS]).toEqual([15, 45, 15]);
  });

  it.each([
    ['2026-02-13', '2026-03-13'],
    ['2026-03-06', '2026-03-27'],
    ['2026-08-28', '2026-09-23'],
  ])('commune review of a dossier received %s: due %s', (receivedOn, expected) => {
    expect(communeReviewDueDate(calendar, receivedOn)).toBe(expected);
  });

  it('re-evaluation: 45 days from the complete dossier, moved off a holiday', () => {
    expect(reEvaluationDueDate(calendar, '2026-07-19')).toBe('2026-09-03');
  });

  it('revocation: 15 days from the violation conclusion, moved off Tết', () => {
    expect(revocationDueDate(calendar, '2026-02-02')).toBe('2026-02-23');
  });
});
