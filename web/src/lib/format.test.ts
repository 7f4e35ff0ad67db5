import { describe, expect, it } from 'vitest';
import { formatCount, formatVnd, todayInVietnam } from './format';

describe('format', () => {
  it('groups thousands the Vietnamese and the English way', () => {
    expect(formatCount(50000, 'vi')).toBe('50.000');
    expect(formatCount(50000, 'en')).toBe('50,000');
  });

  it('writes đồng with the currency sign', () => {
    expect(formatVnd(1500000, 'vi')).toMatch(/^1\.500\.000\s₫$/);
    expect(formatVnd(1500000, 'en')).toContain('1,500,000');
  });

  it('dates today in Việt Nam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2026-03-05T18:30:00Z'))).toBe('2026-03-06');
    expect(todayInVietnam(new Date('2026-03-05T16:30:00Z'))).toBe('2026-03-05');
  });
});
