import { describe, expect, it } from 'vitest';
import { LANDLINE_AREA_CODES, parsePhone } from './phone.ts';

describe('parsePhone — valid', () => {
  it.each([
    ['0912 345 678', '+84912345678', 'mobile', null],
    ['(+84) 912.345.678', '+84912345678', 'mobile', null],
    ['84912345678', '+84912345678', 'mobile', null],
    ['+84912345678', '+84912345678', 'mobile', null],
    ['0084 912 345 678', '+84912345678', 'mobile', null],
    ['+84 0912 345 678', '+84912345678', 'mobile', null],
    ['0321-234-567', '+84321234567', 'mobile', null],
    ['056 123 4567', '+84561234567', 'mobile', null],
    ['0701234567', '+84701234567', 'mobile', null],
    ['0888.123.456', '+84888123456', 'mobile', null],
    ['０９１２３４５６７８', '+84912345678', 'mobile', null],
    ['+84 24 3825 1234', '+842438251234', 'landline', '24'],
    ['024 3825 1234', '+842438251234', 'landline', '24'],
    ['(028) 3829 5555', '+842838295555', 'landline', '28'],
    ['0206 3852 123', '+842063852123', 'landline', '206'],
    ['0299 3822 111', '+842993822111', 'landline', '299'],
    ['84 203 3835 555', '+842033835555', 'landline', '203'],
  ] as const)('%j → %s', (input, e164, type, areaCode) => {
    const r = parsePhone(input);
    expect(r).toEqual({ ok: true, value: { e164, national: `0${e164.slice(3)}`, type, areaCode } });
  });
});

describe('parsePhone — invalid', () => {
  it.each([
    ['', /Chưa nhập/, undefined],
    ['0912 345 67', /quá ngắn/, undefined],
    ['091234', /quá ngắn/, undefined],
    ['09123456789', /quá dài/, undefined],
    ['0912abc678', /chỉ gồm chữ số/, undefined],
    ['0912-345-678 ext 5', /chỉ gồm chữ số/, undefined],
    ['091+2345678', /Dấu \+/, undefined],
    ['+1 202 555 0143', /Việt Nam/, undefined],
    ['0612345678', /không phải đầu số/, undefined],
    ['0412345678', /04 đã đổi thành 024/, '02412345678'],
    ['0217 382 1234', /Mã vùng 0217/, undefined],
    ['0201 382 1234', /Mã vùng 0201/, undefined],
    ['1900 1234', /quá ngắn|1800\/1900/, undefined],
    ['1800 1091', /quá ngắn|1800\/1900/, undefined],
    ['0190 0123 456', /1800\/1900/, undefined],
    ['912345678', /bắt đầu bằng số 0/, '0912345678'],
    ['12345', /bắt đầu bằng số 0/, undefined],
  ] as const)('%j is refused', (input, message, suggestion) => {
    const r = parsePhone(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.suggestion).toBe(suggestion);
    }
  });
});

describe('parsePhone — old 11-digit mobile numbers (2018 conversion)', () => {
  it.each([
    ['0162 345 6789', '0323456789'],
    ['0169 123 4567', '0391234567'],
    ['0120 123 4567', '0701234567'],
    ['0121 123 4567', '0791234567'],
    ['0122 123 4567', '0771234567'],
    ['0126 123 4567', '0761234567'],
    ['0128 123 4567', '0781234567'],
    ['0123 123 4567', '0831234567'],
    ['0124 123 4567', '0841234567'],
    ['0125 123 4567', '0851234567'],
    ['0127 123 4567', '0811234567'],
    ['0129 123 4567', '0821234567'],
    ['0186 123 4567', '0561234567'],
    ['0188 123 4567', '0581234567'],
    ['0199 123 4567', '0591234567'],
    ['+84 166 123 4567', '0361234567'],
  ])('%j → suggests %s', (input, converted) => {
    const r = parsePhone(input);
    expect(r).toMatchObject({ ok: false, suggestion: converted });
    expect(parsePhone(converted).ok).toBe(true);
  });

  it('refuses an 11-digit prefix with no known conversion', () => {
    expect(parsePhone('0130 123 4567')).toMatchObject({ ok: false, message: expect.stringMatching(/ngừng/) });
  });
});

describe('LANDLINE_AREA_CODES', () => {
  it('has one code per pre-2025 province (63), none starting with 24 or 28 except those two', () => {
    expect(LANDLINE_AREA_CODES.size).toBe(63);
    const threeDigit = [...LANDLINE_AREA_CODES].filter((c) => c.length === 3);
    expect(threeDigit.some((c) => c.startsWith('24') || c.startsWith('28'))).toBe(false);
  });

  it.each(['0217', '0223', '0230', '0250', '0253', '0264', '0278', '0295', '0298'])(
    '%s is not an area code',
    (code) => {
      expect(parsePhone(`${code} 382 1234`).ok).toBe(false);
    },
  );
});
