// Rows of a provincial list that carry no product: blank lines, the total at the end ("Tổng cộng: 25 sản
// phẩm"), and section headings that group the list ("I. HUYỆN CẦU KÈ", "II | Thị xã Duyên Hải").

import { foldName } from '../admin-units/normalize-name.ts';
import type { ColumnMapping } from './columns.ts';

export type SkipReason = 'blank' | 'total' | 'section';

const TOTAL = /^(tong cong|tong so|tong|total|grand total|sum)( |$)|^cong( \d|$)/;
const COUNT = /^\d+( san pham| sp)?$/;
const ROMAN_HEADING = /^([IVXLC]+|[A-Z])(\s*[.)]\s*\S.*|\s*)$/u;
const UNIT_HEADING = /^(huyen|quan|thi xa|thanh pho|tinh|xa|phuong|thi tran|nhom|bo san pham|linh vuc) \S/;

const isFilled = (text: string | undefined): boolean => (text ?? '').trim() !== '';

/** Why a row should be skipped, or null when it is a data row. */
export function classifyRow(cells: readonly string[], mapping: ColumnMapping): SkipReason | null {
  const filled = cells.filter(isFilled).map((c) => c.trim());
  if (filled.length === 0) return 'blank';
  const columnOf = (c: number | null) => (c === null ? undefined : cells[c]);
  if (isFilled(columnOf(mapping.producerName))) return null;

  const product = columnOf(mapping.productName);
  const isTotal = (text: string) => TOTAL.test(foldName(text));
  const isCount = (text: string) => COUNT.test(foldName(text));
  if (filled.some(isTotal) && (!isFilled(product) || isTotal(product ?? '') || isCount(product ?? ''))) {
    return 'total';
  }
  const isHeading = (text: string) => ROMAN_HEADING.test(text) || UNIT_HEADING.test(foldName(text));
  const productIsHeading = !isFilled(product) || isHeading(product ?? '');
  if (filled.length <= 2 && filled.some(isHeading) && productIsHeading) return 'section';
  const mapped = Object.values(mapping).filter((c): c is number => c !== null);
  if (!mapped.some((c) => isFilled(cells[c]))) return 'blank';
  return null;
}
