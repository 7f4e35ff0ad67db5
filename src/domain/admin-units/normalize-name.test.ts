import { describe, expect, it } from 'vitest';
import {
  analyzeName,
  foldName,
  hasDiacritics,
  splitUnitPrefix,
  stripUnitPrefix,
  toneKey,
} from './normalize-name.ts';

describe('foldName', () => {
  it.each([
    ['Hòa', 'hoa'],
    ['Hoà', 'hoa'],
    ['Đắk Lắk', 'dak lak'],
    ['TP. Hồ Chí Minh', 'tp ho chi minh'],
    ['  Bà Rịa - Vũng Tàu ', 'ba ria vung tau'],
    ['Xã  Thông\tHòa', 'xa thong hoa'],
    ['Phường 01', 'phuong 1'],
    ['Phường 10', 'phuong 10'],
    ['Quận 0', 'quan 0'],
    ['P.1,Q.3', 'p 1 q 3'],
    ["Xã Ea H'leo", 'xa ea h leo'],
    ['Thị trấn Cầu Kè'.normalize('NFD'), 'thi tran cau ke'],
    ['ĐỒNG THÁP', 'dong thap'],
  ])('%j → %j', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});

describe('toneKey', () => {
  it.each([
    ['Hòa', 'Hoà', true],
    ['Thụy', 'Thuỵ', true],
    ['Phường Thủy Xuân', 'phường thuỷ xuân', true],
    ['Yên Hòa', 'YÊN HOÀ', true],
    ['Hoa', 'Hòa', false],
    ['Sa Pa', 'Sa Pả', false],
    ['Sơn Hà', 'Sơn Hạ', false],
    ['Văn Lang', 'Văn Lăng', false],
    ['Minh Quán', 'Minh Quân', false],
    ['Phường 01', 'Phường 1', true],
  ])('%j vs %j → equal: %j', (a, b, equal) => {
    expect(toneKey(a) === toneKey(b)).toBe(equal);
  });
});

describe('stripUnitPrefix', () => {
  it.each([
    ['huyen cau ke', 'cau ke'],
    ['thi tran cau ke', 'cau ke'],
    ['tt cau ke', 'cau ke'],
    ['tinh tra vinh', 'tra vinh'],
    ['thanh pho ho chi minh', 'ho chi minh'],
    ['tp ho chi minh', 'ho chi minh'],
    ['thi xa tinh bien', 'tinh bien'],
    ['tx tinh bien', 'tinh bien'],
    ['quan 3', '3'],
    ['q 3', '3'],
    ['q3', '3'],
    ['phuong 1', '1'],
    ['p 1', '1'],
    ['p1', '1'],
    ['p01', '1'],
    ['h na ri', 'na ri'],
    ['x thong hoa', 'thong hoa'],
    ['xa xa dung', 'xa dung'],
    ['dac khu con dao', 'con dao'],
    // Names that only look like a prefix are kept whole.
    ['xa', 'xa'],
    ['phuong', 'phuong'],
    ['p', 'p'],
    ['thi xa', 'thi xa'],
    ['thanh hoa', 'thanh hoa'],
    ['pa u', 'pa u'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripUnitPrefix(input)).toBe(expected);
  });

  it('reports the canonical unit type', () => {
    expect(splitUnitPrefix('tt cau ke')).toEqual({ type: 'thi tran', rest: 'cau ke' });
    expect(splitUnitPrefix('q10')).toEqual({ type: 'quan', rest: '10' });
    expect(splitUnitPrefix('cau ke')).toEqual({ type: null, rest: 'cau ke' });
  });
});

describe('analyzeName', () => {
  it('splits the prefix in both keys', () => {
    expect(analyzeName('Xã Thông Hoà')).toEqual({
      folded: 'xa thong hoa',
      type: 'xa',
      rest: 'thong hoa',
      tone: toneKey('xã thông hòa'),
      toneRest: toneKey('thông hòa'),
      accented: true,
    });
  });

  it.each([
    ['Xá Dung', 'xá dung'],
    ['Xa Dung', 'xa dung'],
    ['TT. Cầu Kè', 'cầu kè'],
  ])('tone key of %j without an accented prefix is %j', (input, rest) => {
    expect(analyzeName(input)?.toneRest).toBe(toneKey(rest));
  });

  it.each([['thong hoa'], ['Cau Ke']])('%j is not accented', (input) => {
    expect(analyzeName(input)?.accented).toBe(false);
    expect(hasDiacritics(input)).toBe(false);
  });

  it.each([[''], ['  '], [' - . ']])('%j is no name', (input) => {
    expect(analyzeName(input)).toBeNull();
  });
});
