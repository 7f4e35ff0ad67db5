import { describe, expect, it } from 'vitest';
import {
  currentPlans,
  formatDate,
  formatMonth,
  formatValue,
  targetStatus,
  vietnamToday,
} from './programme-format';

const progress = (
  patch: Partial<Parameters<typeof targetStatus>[0]>,
): Parameters<typeof targetStatus>[0] => ({
  met: false,
  progressPercent: 30,
  remaining: 7,
  monthsElapsed: 10,
  monthsLeft: 2,
  paceNeededPerMonth: 3.5,
  currentPacePerMonth: 0.3,
  forecast: 3.6,
  forecastMet: false,
  ...patch,
});

describe('formatValue', () => {
  it('writes counts, shares and amounts the Vietnamese way, and the English way', () => {
    expect(formatValue(1234, 'count', 'vi')).toBe('1.234');
    expect(formatValue(1234, 'count', 'en')).toBe('1,234');
    expect(formatValue(45.55, 'percent', 'vi')).toBe('45,6%');
    expect(formatValue(1_250_000_000, 'vnd', 'vi')).toBe('1.250.000.000 đ');
    expect(formatValue(1_250_000_000, 'vnd', 'en')).toBe('VND 1,250,000,000');
    expect(formatValue(null, 'percent', 'vi')).toBe('—');
  });
});

describe('dates', () => {
  it('puts the day first and reads today in Việt Nam (UTC+7)', () => {
    expect(formatDate('2026-06-30')).toBe('30/06/2026');
    expect(formatMonth('2026-06')).toBe('06/2026');
    expect(vietnamToday(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(vietnamToday(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31');
  });
});

describe('targetStatus', () => {
  it('says met, on track, at risk, missed, no forecast or no data', () => {
    expect(targetStatus(progress({ met: true, forecastMet: true }))).toBe('met');
    expect(targetStatus(progress({ forecastMet: true }))).toBe('onTrack');
    expect(targetStatus(progress({ forecastMet: false }))).toBe('atRisk');
    expect(targetStatus(progress({ monthsLeft: 0, forecastMet: null }))).toBe('missed');
    expect(targetStatus(progress({ forecast: null, forecastMet: null }))).toBe('noForecast');
    expect(targetStatus(progress({ met: null, forecastMet: null }))).toBe('noData');
  });
});

describe('currentPlans', () => {
  it('keeps the plans in force on the day, the latest started first', () => {
    const plans = [
      { id: 'a', periodFrom: '2021-01-01', periodTo: '2025-12-31' },
      { id: 'b', periodFrom: '2026-01-01', periodTo: '2026-12-31' },
      { id: 'c', periodFrom: '2026-01-01', periodTo: '2030-12-31' },
      { id: 'd', periodFrom: '2026-07-01', periodTo: '2026-12-31' },
    ];
    expect(currentPlans(plans, '2026-06-30').map((p) => p.id)).toEqual(['b', 'c']);
    expect(currentPlans(plans, '2026-12-31').map((p) => p.id)).toEqual(['d', 'b', 'c']);
    expect(currentPlans(plans, '2025-12-31').map((p) => p.id)).toEqual(['a']);
  });
});
