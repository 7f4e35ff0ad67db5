import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from './calendar-date.ts';

describe('isIsoDate / parseIsoDate', () => {
  it.each([
    ['2026-05-22', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-5-22', false],
    ['22/05/2026', false],
    ['2026-05-22T00:00:00Z', false],
    ['0026-05-22', false],
    ['', false],
  ])('%j → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
    expect(parseIsoDate(text).ok).toBe(valid);
  });

  it('trims and names the field in the message', () => {
    expect(parseIsoDate(' 2026-05-22 ')).toEqual({ ok: true, value: '2026-05-22' });
    expect(parseIsoDate('2026-02-30', 'Ngày cấp')).toMatchObject({ ok: false, message: /^Ngày cấp/ });
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-03-01', 11_017],
  ])('toDayNumber(%s) = %i and back', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2029-06-15', -180, '2028-12-17'],
    ['2029-06-15', 180, '2029-12-12'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-06-15', 36, '2029-06-15'],
    ['2024-02-29', 36, '2027-02-28'],
    ['2025-02-28', 36, '2028-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('throws on invalid dates (callers validate first)', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => addMonths('nope', 1)).toThrow(RangeError);
  });
});
