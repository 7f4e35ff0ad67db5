// Amounts of đồng typed by people: "1.500.000", "1 500 000", "1,500,000 đ", "-200.000" (a loss). The đồng has
// no decimals, so dots, commas and spaces can only group thousands; groups must then be of three digits, which
// turns away "1.5" (1,5 triệu? 15?) instead of guessing.

export type VndParse = { ok: true; value: number | null } | { ok: false };

const CURRENCY = /\s*(₫|đ|đồng|vnd|vnđ)$/iu;
const GROUPED = /^\d{1,3}([.,\s]\d{3})+$/u;

/** The whole đồng in `text` (null when empty); not ok when it is not a whole amount or too large. */
export function parseVnd(text: string, { allowNegative = false } = {}): VndParse {
  let rest = text.normalize('NFC').trim().replace(CURRENCY, '').trim();
  if (rest === '') return { ok: true, value: null };
  const isNegative = rest.startsWith('-') || rest.startsWith('−');
  if (isNegative) rest = rest.slice(1).trim();
  if (isNegative && !allowNegative) return { ok: false };
  if (!/^\d+$/u.test(rest) && !GROUPED.test(rest)) return { ok: false };
  // A grouped amount uses one separator throughout ("1.500,000" is a typo, not an amount).
  const separators = new Set(rest.replace(/\d/gu, ''));
  if (separators.size > 1) return { ok: false };
  const value = Number(rest.replace(/\D/gu, ''));
  if (!Number.isSafeInteger(value)) return { ok: false };
  return { ok: true, value: isNegative && value !== 0 ? -value : value };
}

/** How an amount is written back into a field: "1.500.000" (Vietnamese grouping, whatever the language). */
export const formatVndInput = (value: number | null): string =>
  value === null ? '' : value.toLocaleString('vi-VN', { maximumFractionDigits: 0 });

/** Re-writes a valid typed amount with grouping (on leaving the field); anything else is left as typed. */
export function tidyVndInput(text: string, allowNegative = false): string {
  const parsed = parseVnd(text, { allowNegative });
  return parsed.ok ? formatVndInput(parsed.value) : text;
}
