// What the PDF and the xlsx annex share: title lines, the order of the rows and the per-star totals.
import { formatLongDate } from './format.ts';
import type { AnnexItem, CertifiedStars, DecisionAnnexDocument } from './types.ts';

export const DEFAULT_ANNEX_TITLE = 'DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP';

export interface NumberedItem extends AnnexItem {
  /** STT: 1…n over the whole annex, in print order. */
  serial: number;
}

export interface StarGroup {
  stars: CertifiedStars;
  items: NumberedItem[];
}

const collator = new Intl.Collator('vi');

/** Stars descending, then product name and producer in Vietnamese order (Â after A, Đ after D…). */
export function groupAnnexItems(items: AnnexItem[]): StarGroup[] {
  const sorted = [...items].sort(
    (a, b) =>
      b.stars - a.stars ||
      collator.compare(a.productName, b.productName) ||
      collator.compare(a.producerName, b.producerName),
  );
  const groups: StarGroup[] = [];
  sorted.forEach((item, index) => {
    const numbered = { ...item, serial: index + 1 };
    const last = groups.at(-1);
    if (last?.stars === item.stars) last.items.push(numbered);
    else groups.push({ stars: item.stars, items: [numbered] });
  });
  return groups;
}

export const annexTitle = (input: DecisionAnnexDocument): string => input.title ?? DEFAULT_ANNEX_TITLE;

/** "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 10 tháng 6 năm 2026)". */
export const annexReference = (input: DecisionAnnexDocument): string =>
  `(Kèm theo Quyết định số ${input.decisionNumber} ${formatLongDate(input.decisionDate)})`;

export const annexAddress = (item: AnnexItem): string => `${item.commune}, ${item.province}`;

export const groupHeading = (stars: CertifiedStars): string => `SẢN PHẨM OCOP ${stars} SAO`;

export const groupTotal = (group: StarGroup): string =>
  `Cộng ${group.stars} sao: ${group.items.length} sản phẩm`;

export function grandTotal(groups: StarGroup[]): string {
  const count = groups.reduce((sum, g) => sum + g.items.length, 0);
  const detail = groups.map((g) => `${g.stars} sao: ${g.items.length}`).join('; ');
  return groups.length === 0 ? 'Tổng cộng: 0 sản phẩm' : `Tổng cộng: ${count} sản phẩm (${detail})`;
}

/** Column headings, Vietnamese and English, shared by both formats. */
export const ANNEX_COLUMNS: readonly [string, string][] = [
  ['STT', 'No.'],
  ['Tên sản phẩm', 'Product'],
  ['Chủ thể sản xuất', 'Producer'],
  ['Địa chỉ (xã, tỉnh)', 'Address (commune, province)'],
  ['Bộ sản phẩm', 'Product set'],
  ['Điểm', 'Score'],
  ['Hạng sao', 'Stars'],
  ['Số giấy chứng nhận', 'Certificate No.'],
];
