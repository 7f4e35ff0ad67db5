import { describe, expect, it } from 'vitest';
import { type AlertTarget, alertLine, isAlertDay, isAtRisk } from './plan-alerts.ts';
import type { TargetProgress } from './target-progress.ts';

const progress = (over: Partial<TargetProgress>): TargetProgress => ({
  met: false,
  progressPercent: 40,
  remaining: 60,
  monthsElapsed: 6,
  monthsLeft: 6,
  paceNeededPerMonth: 10,
  currentPacePerMonth: 6.7,
  forecast: 80,
  forecastMet: false,
  ...over,
});

const target = (over: Partial<AlertTarget>): AlertTarget => ({
  label: 'Đến năm 2025 toàn tỉnh có trên 230 sản phẩm OCOP',
  unit: 'count',
  comparator: '>',
  targetValue: 230,
  actual: 152,
  progress: progress({ forecast: 190 }),
  ...over,
});

describe('plan alerts', () => {
  it.each([
    ['not met, forecast short', progress({}), true],
    ['not met, forecast reaches it', progress({ forecastMet: true }), false],
    ['met already', progress({ met: true, forecastMet: true }), false],
    ['no data', progress({ met: null, forecastMet: null }), false],
  ])('%s → at risk %s', (_, p, expected) => {
    expect(isAtRisk({ progress: p })).toBe(expected);
  });

  it.each([
    ['2026-12-01', true],
    ['2026-12-02', false],
    ['2026-11-30', false],
  ])('%s is an alert day: %s', (day, expected) => {
    expect(isAlertDay(day)).toBe(expected);
  });

  it.each([
    [
      target({}),
      'Đến năm 2025 toàn tỉnh có trên 230 sản phẩm OCOP: hiện 152, dự báo cuối kỳ 190 (chỉ tiêu > 230)',
    ],
    [
      target({
        label: '100% cán bộ được tập huấn',
        unit: 'percent',
        comparator: '>=',
        targetValue: 100,
        actual: 62.5,
        progress: progress({ forecast: 81.25 }),
      }),
      '100% cán bộ được tập huấn: hiện 62,5%, dự báo cuối kỳ 81,3% (chỉ tiêu >= 100%)',
    ],
    [
      target({
        label: 'Kinh phí hỗ trợ',
        unit: 'vnd',
        targetValue: 2_000_000_000,
        actual: null,
        progress: progress({ forecast: null }),
      }),
      'Kinh phí hỗ trợ: chưa có số liệu (chỉ tiêu > 2.000.000.000 đ)',
    ],
  ])('says %#', (t, expected) => {
    expect(alertLine(t)).toBe(expected);
  });
});
