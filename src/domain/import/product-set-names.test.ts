import { describe, expect, it } from 'vitest';
import criteria from '../../../data/criteria/decision-26-2026.json' with { type: 'json' };
import { PRODUCT_SET_NAMES, SECTOR_SETS, sectorOfSet, setsOfGroupText } from './product-set-names.ts';

describe('product-set names', () => {
  it('match data/criteria/decision-26-2026.json', () => {
    const fromData = Object.fromEntries(criteria.productSets.map((s) => [s.id, s.name]));
    expect(PRODUCT_SET_NAMES).toEqual(fromData);
  });

  it('sectors hold the product sets of the classification', () => {
    const fromData = Object.fromEntries(
      criteria.classification.map((sector) => [
        sector.sectorCode,
        sector.groups.flatMap((g) => g.productSets),
      ]),
    );
    expect(SECTOR_SETS).toEqual(fromData);
    expect(sectorOfSet(12)).toBe('I');
    expect(sectorOfSet(26)).toBe('VI');
    expect(sectorOfSet(27)).toBeUndefined();
  });

  it('every group name of the classification gives its product sets', () => {
    for (const sector of criteria.classification) {
      for (const group of sector.groups) expect(setsOfGroupText(group.name)).toEqual(group.productSets);
    }
  });

  it.each([
    ['Gia vị', [9, 10]],
    ['Thực phẩm', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    ['THUC PHAM', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    ['Đồ uống', [14, 15, 16, 17]],
    ['Thảo dược', [18, 19, 20]],
    ['Thực phẩm chức năng', [18]],
    ['Vải và may mặc', [22]],
    ['Lưu niệm - nội thất - trang trí', [21, 22]],
    ['Sinh vật cảnh', [23, 24, 25]],
    ['Dịch vụ du lịch nông thôn, bán hàng', [26]],
    ['Rượu trắng', [14]],
    ['', null],
    ['Khác', null],
  ])('group text %s → %j', (text, sets) => {
    expect(setsOfGroupText(text)).toEqual(sets);
  });
});
