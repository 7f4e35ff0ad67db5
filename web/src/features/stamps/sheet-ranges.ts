/** Stamps per sheet PDF request (the server's limit, STAMP_LIMITS.maxSheetStamps). */
export const MAX_SHEET_STAMPS = 240;

export interface SerialRange {
  from: number;
  to: number;
}

/** A batch's serials cut into consecutive ranges of at most `size` stamps: 1–240, 241–480, … */
export function sheetRanges(
  batch: Readonly<{ serialFrom: number; serialTo: number }>,
  size = MAX_SHEET_STAMPS,
): SerialRange[] {
  const ranges: SerialRange[] = [];
  for (let from = batch.serialFrom; from <= batch.serialTo; from += size) {
    ranges.push({ from, to: Math.min(batch.serialTo, from + size - 1) });
  }
  return ranges;
}

/** A serial as printed on the stamp ("Số 0000241"). */
export const serialText = (serial: number): string => String(serial).padStart(7, '0');
