import { describe, expect, it } from 'vitest';
import { formatRatio, formatShare, recentYears } from './growth-labels';

describe('growth labels', () => {
  it('writes a ratio with the language’s decimal sign', () => {
    expect(formatRatio(1.3, 'vi')).toBe('×1,3');
    expect(formatRatio(1.25, 'en')).toBe('×1.25');
    expect(formatRatio(1.23456, 'en')).toBe('×1.23');
  });

  it('writes a share as a percentage, or a dash when nothing was compared', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(1 / 3, 'vi')).toMatch(/^33,3\s?%$/);
    expect(formatShare(null, 'vi')).toBe('—');
  });

  it('offers this year and the five before it', () => {
    expect(recentYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });
});
