// The Decision 26/2026 classification (Annex I) as far as the import needs it: the 26 product-set names,
// the 17 groups and the 6 sectors, plus the group names of the earlier decisions (148/QĐ-TTg of 2023 and
// 490/QĐ-TTg of 2018) that provincial lists still write in a "Nhóm sản phẩm" column. The names are checked
// against data/criteria/decision-26-2026.json in product-set-names.test.ts.

import { foldName } from '../admin-units/normalize-name.ts';

export const PRODUCT_SET_NAMES: Readonly<Record<number, string>> = {
  1: 'Rau, củ, quả, hạt tươi',
  2: 'Thịt, thủy sản, trứng, sữa tươi',
  3: 'Gạo, ngũ cốc, hạt sơ chế khác',
  4: 'Mật ong, mật khác và nông sản thực phẩm khác',
  5: 'Đồ ăn nhanh',
  6: 'Chế biến từ gạo, ngũ cốc',
  7: 'Chế biến từ rau, củ, quả, hạt',
  8: 'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
  9: 'Tương, nước mắm, gia vị dạng lỏng khác',
  10: 'Gia vị khác (muối, hành, tỏi, tiêu,...)',
  11: 'Chè tươi, chè chế biến',
  12: 'Sản phẩm trà từ thực vật khác',
  13: 'Cà phê, ca cao',
  14: 'Rượu trắng',
  15: 'Đồ uống có cồn khác',
  16: 'Nước khoáng thiên nhiên, nước uống đóng chai',
  17: 'Đồ uống không cồn khác',
  18: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
  19: 'Mỹ phẩm có thành phần từ dược liệu',
  20: 'Tinh dầu và dược liệu khác',
  21: 'Thủ công mỹ nghệ gia dụng, trang trí',
  22: 'Vải, may mặc',
  23: 'Hoa',
  24: 'Cây cảnh',
  25: 'Động vật cảnh',
  26: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
};

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sector code (I–VI) → product sets. */
export const SECTOR_SETS: Readonly<Record<string, readonly number[]>> = {
  I: range(1, 13),
  II: range(14, 17),
  III: range(18, 20),
  IV: [21, 22],
  V: [23, 24, 25],
  VI: [26],
};

export const sectorOfSet = (id: number): string | undefined =>
  Object.keys(SECTOR_SETS).find((code) => SECTOR_SETS[code]?.includes(id));

/** The 17 group names of Annex I (exact folded match). */
const GROUP_NAMES: readonly (readonly [string, readonly number[]])[] = [
  ['Thực phẩm tươi sống', [1, 2]],
  ['Thực phẩm thô, sơ chế', [3, 4]],
  ['Thực phẩm chế biến', [5, 6, 7, 8]],
  ['Gia vị', [9, 10]],
  ['Chè', [11, 12]],
  ['Cà phê, ca cao', [13]],
  ['Đồ uống có cồn', [14, 15]],
  ['Đồ uống không cồn', [16, 17]],
  ['Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền', [18]],
  ['Mỹ phẩm có thành phần từ dược liệu', [19]],
  ['Tinh dầu và dược liệu khác', [20]],
  ['Thủ công mỹ nghệ gia dụng, trang trí', [21]],
  ['Vải, may mặc', [22]],
  ['Hoa', [23]],
  ['Cây cảnh', [24]],
  ['Động vật cảnh', [25]],
];

/**
 * Words of a sector-level group text, tried in order on the folded text (contained as whole words):
 * Decision 148's six groups ("Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu", "Thủ công mỹ
 * nghệ", "Sinh vật cảnh", "Dịch vụ du lịch cộng đồng…") and Decision 490's ("Thảo dược", "Vải và may mặc",
 * "Lưu niệm - nội thất - trang trí", "Dịch vụ du lịch nông thôn, bán hàng").
 */
const SECTOR_WORDS: readonly (readonly [readonly string[], readonly number[]])[] = [
  [['du lich'], [26]],
  [['sinh vat canh'], [23, 24, 25]],
  [['may mac', 'vai va may mac'], [22]],
  [
    ['thu cong', 'my nghe', 'luu niem', 'noi that', 'trang tri'],
    [21, 22],
  ],
  [['chuc nang', 'bao ve suc khoe', 'thuoc'], [18]],
  [['my pham'], [19]],
  [['duoc lieu', 'thao duoc'], range(18, 20)],
  [['do uong', 'giai khat'], range(14, 17)],
  [['thuc pham', 'nong san'], range(1, 13)],
];

const FOLDED_SETS = Object.entries(PRODUCT_SET_NAMES).map(
  ([id, name]) => [foldName(name), [Number(id)]] as const,
);
const FOLDED_GROUPS = GROUP_NAMES.map(([name, sets]) => [foldName(name), sets] as const);

/** The product sets a "Nhóm sản phẩm" text allows, or null when the text says nothing known. */
export function setsOfGroupText(text: string): readonly number[] | null {
  const folded = foldName(text);
  if (folded === '') return null;
  for (const [name, sets] of [...FOLDED_SETS, ...FOLDED_GROUPS]) if (folded === name) return sets;
  const padded = ` ${folded} `;
  for (const [words, sets] of SECTOR_WORDS) if (words.some((w) => padded.includes(` ${w} `))) return sets;
  return null;
}
