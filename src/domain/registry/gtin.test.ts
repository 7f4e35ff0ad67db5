import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, parseGtin13 } from './gtin.ts';

describe('gs1CheckDigit', () => {
  it.each([
    ['893467300012', 3],
    ['893456780012', 9],
    ['893612345000', 7],
    ['400638133393', 1],
    ['03600029145', 2], // UPC-A data digits
    ['9638507', 4], // EAN-8 data digits
  ])('%s → %i', (data, check) => {
    expect(gs1CheckDigit(data)).toBe(check);
  });
});

describe('parseGtin13 — valid', () => {
  it.each([
    ['8934673000123', '8934673000123', true],
    ['893 4567 80012 9', '8934567800129', true],
    ['893-6123-45000-7', '8936123450007', true],
    ['4006381333931', '4006381333931', false],
    ['  5901234123457 ', '5901234123457', false],
  ] as const)('%j → %s (Vietnamese: %s)', (input, gtin, isVietnamese) => {
    expect(parseGtin13(input)).toEqual({ ok: true, value: { gtin, isVietnamese } });
  });
});

describe('parseGtin13 — invalid', () => {
  it.each([
    ['', /Chưa nhập/, undefined],
    ['8934673000124', /chữ số kiểm tra/, undefined],
    ['4006381333932', /chữ số kiểm tra/, undefined],
    ['893467300012A', /chỉ gồm chữ số/, undefined],
    ['89346730001', /13 chữ số.*11/, undefined],
    ['036000291452', /UPC-A/, '0036000291452'],
    ['036000291453', /chữ số kiểm tra/, undefined],
    ['08934673000123', /bỏ số 0/, '8934673000123'],
    ['18934673000120', /thùng\/kiện/, undefined],
    ['18934673000121', /chữ số kiểm tra/, undefined],
    ['96385074', /EAN-8/, undefined],
  ] as const)('%j is refused', (input, message, suggestion) => {
    const r = parseGtin13(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.suggestion).toBe(suggestion);
    }
  });

  it('offers suggestions that are themselves valid', () => {
    for (const input of ['036000291452', '08934673000123']) {
      const r = parseGtin13(input);
      expect(!r.ok && r.suggestion !== undefined && parseGtin13(r.suggestion).ok).toBe(true);
    }
  });
});
