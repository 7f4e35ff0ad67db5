import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatLongDate,
  formatPercent,
  formatPlaceDate,
  formatPoints,
  formatScore,
  formatShortDate,
  vietnamDateOf,
} from './format.ts';

describe('document formatting', () => {
  it('writes dates the Decree 30/2020 way: leading zero for days below 10 and for January and February', () => {
    expect(formatLongDate('2026-06-12')).toBe('ngày 12 tháng 6 năm 2026');
    expect(formatLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatLongDate('2026-11-03')).toBe('ngày 03 tháng 11 năm 2026');
    expect(formatPlaceDate('Tuyên Quang', '2026-06-12')).toBe('Tuyên Quang, ngày 12 tháng 6 năm 2026');
    expect(formatShortDate('2029-06-02')).toBe('02/06/2029');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => formatLongDate('12/06/2026')).toThrow(RangeError);
  });

  it('prints instants in Vietnam time, including across midnight UTC', () => {
    expect(formatDateTime('2026-06-12T02:15:30Z')).toBe('09:15:30 ngày 12/06/2026');
    expect(formatDateTime('2026-06-11T21:05:00-03:00')).toBe('07:05:00 ngày 12/06/2026');
    expect(vietnamDateOf('2026-06-11T20:00:00Z')).toBe('2026-06-12');
  });

  it('uses the Vietnamese decimal comma', () => {
    expect(formatScore(87.5)).toBe('87,50');
    expect(formatScore(76)).toBe('76,00');
    expect(formatPoints(3)).toBe('3');
    expect(formatPoints(1.5)).toBe('1,5');
    expect(formatPercent((6 * 100) / 7)).toBe('85,7%');
  });
});
