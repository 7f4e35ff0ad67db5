import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { filterByText, foldText, matchesFilter } from './fold';
import { translate } from './translate';
import { viMessages } from './vi';

describe('foldText', () => {
  it('strips Vietnamese diacritics and lowercases', () => {
    expect(foldText('Tuyên Quang')).toBe('tuyen quang');
    expect(foldText('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldText('Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('maps đ and Đ to d', () => {
    expect(foldText('Đắk Lắk')).toBe('dak lak');
    expect(foldText('Điện Biên')).toBe('dien bien');
    expect(foldText('Bình Định')).toBe('binh dinh');
  });

  it('handles precomposed (NFC) and decomposed (NFD) input alike', () => {
    expect(foldText('Tuyên Quang'.normalize('NFC'))).toBe(foldText('Tuyên Quang'.normalize('NFD')));
  });

  it('collapses and trims whitespace', () => {
    expect(foldText('  Cao   Bằng ')).toBe('cao bang');
  });
});

describe('matchesFilter / filterByText', () => {
  const provinces = [
    { code: '08', name: 'Tuyên Quang' },
    { code: '04', name: 'Cao Bằng' },
    { code: '66', name: 'Đắk Lắk' },
    { code: '79', name: 'Hồ Chí Minh' },
  ];
  const fields = (p: { code: string; name: string }) => [p.code, p.name];

  it('finds "Tuyên Quang" when typing "tuyen quang"', () => {
    expect(filterByText(provinces, 'tuyen quang', fields).map((p) => p.name)).toEqual(['Tuyên Quang']);
  });

  it('accepts accented, upper-case and partial queries', () => {
    expect(filterByText(provinces, 'DAK', fields).map((p) => p.code)).toEqual(['66']);
    expect(filterByText(provinces, 'chí', fields).map((p) => p.code)).toEqual(['79']);
  });

  it('matches the code too', () => {
    expect(matchesFilter('04', '04', 'Cao Bằng')).toBe(true);
  });

  it('returns everything for an empty or blank query', () => {
    expect(filterByText(provinces, '   ', fields)).toHaveLength(4);
  });

  it('returns nothing when no field matches', () => {
    expect(filterByText(provinces, 'ha noi', fields)).toEqual([]);
  });
});

describe('dictionaries', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('vi and en have identical keys', () => {
    expect(Object.keys(enMessages).sort()).toEqual(Object.keys(viMessages).sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const key of Object.keys(viMessages) as (keyof typeof viMessages)[]) {
      expect(viMessages[key].trim(), key).not.toBe('');
      expect(enMessages[key].trim(), key).not.toBe('');
      expect(placeholders(enMessages[key]), key).toEqual(placeholders(viMessages[key]));
    }
  });

  it('translate interpolates parameters', () => {
    expect(translate('vi', 'units.communeCount', { count: 12 })).toBe('12 xã/phường');
    expect(translate('en', 'auth.submit')).toBe('Log in');
  });
});
