import { describe, expect, it } from 'vitest';
import { formatVndInput, parseVnd, tidyVndInput } from './vnd-input';

describe('parseVnd', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['  25.000.000 ₫ ', 25_000_000],
    ['300.000đ', 300_000],
    ['300.000 VND', 300_000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseVnd(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as no amount', () => {
    expect(parseVnd('   ')).toEqual({ ok: true, value: null });
  });

  it.each([['1.5'], ['1.50.000'], ['1.500,000'], ['12a'], ['1.500.000,50'], ['9.999.999.999.999.999']])(
    'turns away %j',
    (text) => {
      expect(parseVnd(text)).toEqual({ ok: false });
    },
  );

  it('takes a negative amount (a loss) only when allowed', () => {
    expect(parseVnd('-200.000')).toEqual({ ok: false });
    expect(parseVnd('-200.000', { allowNegative: true })).toEqual({ ok: true, value: -200_000 });
    expect(parseVnd('−200.000 đ', { allowNegative: true })).toEqual({ ok: true, value: -200_000 });
  });
});

describe('formatting typed amounts', () => {
  it('groups thousands with dots', () => {
    expect(formatVndInput(1_500_000)).toBe('1.500.000');
    expect(formatVndInput(-200_000)).toBe('-200.000');
    expect(formatVndInput(null)).toBe('');
  });

  it('tidies a valid amount and leaves a mistyped one alone', () => {
    expect(tidyVndInput('1500000')).toBe('1.500.000');
    expect(tidyVndInput('1.5')).toBe('1.5');
  });
});
