import { describe, expect, it } from 'vitest';
import { parseTaxCode, taxCodeCheckDigit } from './tax-code.ts';

describe('taxCodeCheckDigit', () => {
  it.each([
    ['010004751', 6], // worked example of the circular
    ['010010910', 6],
    ['030058856', 9],
    ['280123456', 4],
    ['140020031', 9],
    ['000000000', null], // remainder 0 → "10" → never issued
    ['987654321', null],
    ['530012345', null],
  ])('%s → %s', (nine, expected) => {
    expect(taxCodeCheckDigit(nine)).toBe(expected);
  });

  it('rejects input that is not nine digits', () => {
    expect(() => taxCodeCheckDigit('12345678')).toThrow(RangeError);
  });
});

describe('parseTaxCode — valid', () => {
  it.each([
    ['0100109106', '0100109106', 'main'],
    ['0300588569', '0300588569', 'main'],
    ['0100047516', '0100047516', 'main'],
    ['2801234564', '2801234564', 'main'],
    [' 1400200319 ', '1400200319', 'main'],
    ['0100 109 106', '0100109106', 'main'],
    ['0100.109.106', '0100109106', 'main'],
    ['０１００１０９１０６', '0100109106', 'main'], // full-width digits
    ['0100109106-001', '0100109106-001', 'dependent_unit'],
    ['0100109106001', '0100109106-001', 'dependent_unit'], // 13 digits without hyphen → hyphenated
    ['0100109106 - 012', '0100109106-012', 'dependent_unit'],
    ['0300588569–999', '0300588569-999', 'dependent_unit'], // en dash
  ] as const)('%j → %s (%s)', (input, code, kind) => {
    const r = parseTaxCode(input);
    expect(r).toMatchObject({ ok: true, value: { code, kind } });
  });

  it('splits base and branch', () => {
    expect(parseTaxCode('0100109106-007')).toEqual({
      ok: true,
      value: { code: '0100109106-007', kind: 'dependent_unit', base: '0100109106', branch: '007' },
    });
  });
});

describe('parseTaxCode — invalid', () => {
  it.each([
    ['', /Chưa nhập/],
    ['   ', /Chưa nhập/],
    ['0100109107', /chữ số kiểm tra/], // wrong check digit
    ['0300588560', /chữ số kiểm tra/],
    ['5300123450', /chữ số kiểm tra/], // remainder 0: no digit is valid
    ['5300123459', /chữ số kiểm tra/],
    ['0000000000', /chữ số kiểm tra/],
    ['0100109107-001', /chữ số kiểm tra/],
    ['010010910', /10 chữ số.*9 chữ số/], // too short
    ['01001091060', /11 chữ số/], // 11 digits
    ['01001091060012', /14 chữ số/],
    ['0100109106-01', /12 chữ số|gạch ngang/],
    ['01001-09106', /gạch ngang/],
    ['0100109106-', /10 chữ số|gạch ngang/],
    ['MST0100109106', /chỉ gồm chữ số/], // letters
    ['01001O9106', /chỉ gồm chữ số/], // letter O for zero
    ['0100109106-000', /001 đến 999/], // suffix 000
    ['0100109106000', /001 đến 999/],
    ['001087123456', /định danh cá nhân/], // 12 digits: personal id
  ] as const)('%j is refused', (input, message) => {
    const r = parseTaxCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.messageEn).not.toBe('');
    }
  });
});

describe('parseTaxCode — personal id option', () => {
  it('accepts 12 digits when allowed', () => {
    expect(parseTaxCode('001087123456', { allowPersonalId: true })).toEqual({
      ok: true,
      value: { code: '001087123456', kind: 'personal_id', base: null, branch: null },
    });
  });

  it('still validates 10-digit codes when allowed', () => {
    expect(parseTaxCode('0100109107', { allowPersonalId: true }).ok).toBe(false);
  });
});
