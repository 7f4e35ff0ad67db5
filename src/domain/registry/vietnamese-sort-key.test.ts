import { describe, expect, it } from 'vitest';
import { vietnameseSortKey } from './vietnamese-sort-key.ts';

const sortVi = (names: string[]) =>
  [...names].sort((a, b) => {
    const ka = vietnameseSortKey(a);
    const kb = vietnameseSortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

describe('vietnameseSortKey', () => {
  it.each([
    [
      ['Đào', 'Dừa', 'Cam'],
      ['Cam', 'Dừa', 'Đào'],
    ],
    [
      ['Ấm', 'Ăn', 'An'],
      ['An', 'Ăn', 'Ấm'],
    ],
    [
      ['Ơn', 'Ôm', 'Ong'],
      ['Ong', 'Ôm', 'Ơn'],
    ],
    [
      ['Ưa', 'Uống', 'Vịt'],
      ['Uống', 'Ưa', 'Vịt'],
    ],
    [
      ['má', 'mà', 'ma', 'mạ', 'mã', 'mả'],
      ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'],
    ],
    [
      ['Chè Shan Tuyết', 'Chè xanh', 'Chè Shan'],
      ['Chè Shan', 'Chè Shan Tuyết', 'Chè xanh'],
    ],
    [
      ['Gạo 2', 'Gạo 10', 'Gạo A'],
      ['Gạo 10', 'Gạo 2', 'Gạo A'],
    ],
  ])('orders %j as %j', (input, expected) => {
    expect(sortVi(input)).toEqual(expected);
  });

  it('ignores case, punctuation and composed/decomposed forms', () => {
    expect(vietnameseSortKey('HTX Chè, Shan-Tuyết')).toBe(vietnameseSortKey('htx chè shan tuyết'));
    expect(vietnameseSortKey('Hòa'.normalize('NFD'))).toBe(vietnameseSortKey('Hòa'));
  });
});
