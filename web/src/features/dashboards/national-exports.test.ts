import { describe, expect, it } from 'vitest';
import { lastEndedMonth } from './national-exports-section';

describe('lastEndedMonth', () => {
  it.each([
    ['2026-11-23', '2026-10'],
    ['2026-01-01', '2025-12'],
    ['2026-10-31', '2026-09'],
  ])('on %s → %s', (today, month) => {
    expect(lastEndedMonth(today)).toBe(month);
  });
});
