// Parsers for the free-text cells of an OCOP list: star rating, year, decision date, score, product set.
// Each returns { value } or { error } with a Vietnamese message; empty input is handled by the caller.

import { foldName } from '../admin-units/normalize-name.ts';
import { isIsoDate } from '../registry/calendar-date.ts';

export type Parsed<T> = { readonly value: T } | { readonly error: string };

export type Stars = 3 | 4 | 5;

const STAR_GLYPHS = /[★☆⭐✩✪✫✬✭✮✯✰*]/gu;
const NUMBER_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 };

/**
 * "3", "3 sao", "3*", "★★★", "Ba sao", "Hạng 4 sao", "4 sao (tiềm năng 5 sao)" → 3 | 4 | 5. Text in parentheses
 * is a remark and is ignored; 1–2 stars are not OCOP-certified and a bare "tiềm năng 5 sao" is no rating.
 */
export function parseStars(text: string): Parsed<Stars> {
  const main = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\uFE0F/g, '')
    .trim();
  const folded = foldName(main);
  if (/^(tiem nang|de nghi|de xuat)\b/.test(folded)) {
    return { error: `"${text}" chỉ là hạng đề nghị/tiềm năng, chưa phải hạng sao được công nhận.` };
  }
  let stars: number | null = null;
  const digits = /\d+(?:[.,]\d+)?/.exec(main);
  if (digits !== null) stars = Number(digits[0].replace(',', '.'));
  else {
    const glyphs = main.match(STAR_GLYPHS)?.length ?? 0;
    if (glyphs > 0 && main.replace(STAR_GLYPHS, '').trim() === '') stars = glyphs;
    else if (/\bsao\b/.test(folded)) {
      const word = folded.split(' ').find((w) => w in NUMBER_WORDS);
      stars = word === undefined ? null : (NUMBER_WORDS[word] ?? null);
    }
  }
  if (stars === null || !Number.isInteger(stars)) {
    return { error: `Hạng sao "${text}" không đọc được: hãy ghi 3, 4 hoặc 5 (ví dụ "4 sao").` };
  }
  if (stars === 1 || stars === 2) {
    return { error: `Hạng ${stars} sao không được công nhận OCOP: chỉ nhập sản phẩm đạt 3, 4 hoặc 5 sao.` };
  }
  if (stars !== 3 && stars !== 4 && stars !== 5) {
    return { error: `Hạng sao "${text}" không hợp lệ: chỉ có 3, 4 hoặc 5 sao.` };
  }
  return { value: stars };
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** "2023", "Năm 2023", "2023.0" → 2023 (2000–2100). */
export function parseYear(text: string): Parsed<number> {
  const m = /(?:^|\D)(\d{4})(?:[.,]0+)?(?:\D|$)/.exec(text.trim());
  const year = m?.[1] === undefined ? Number.NaN : Number(m[1]);
  if (Number.isNaN(year)) return { error: `Năm "${text}" không hợp lệ: cần 4 chữ số, ví dụ 2023.` };
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `Năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  return { value: year };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** First date found in the text: d/m/yyyy, dd-mm-yyyy, d.m.yyyy, yyyy-mm-dd, "ngày 5 tháng 6 năm 2023". */
export function findDate(text: string): string | null {
  const t = text.trim();
  let m = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?:\D|$)/.exec(t);
  let parts: [number, number, number] | null = m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3])];
  if (parts === null) {
    m = /(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\D|$)/.exec(t);
    if (m !== null) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (parts === null) {
    m = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(foldName(t));
    if (m !== null) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (parts === null) return null;
  const iso = `${parts[0]}-${pad2(parts[1])}-${pad2(parts[2])}`;
  return isIsoDate(iso) ? iso : null;
}

/** A decision date cell → 'YYYY-MM-DD' (day first: 05/06/2023 is 5 June). */
export function parseDecisionDate(text: string): Parsed<string> {
  const iso = findDate(text);
  if (iso === null) {
    return { error: `Ngày quyết định "${text}" không hợp lệ: ghi dạng ngày/tháng/năm, ví dụ 15/03/2023.` };
  }
  const year = Number(iso.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `Ngày quyết định ${iso} nằm ngoài khoảng năm ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  return { value: iso };
}

/** "85", "85,5", "85.5 điểm" → 0–100. */
export function parseScore(text: string): Parsed<number> {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*(?:điểm|diem|đ)?$/u.exec(text.normalize('NFC').trim().toLowerCase());
  const score = m?.[1] === undefined ? Number.NaN : Number(m[1].replace(',', '.'));
  if (Number.isNaN(score)) return { error: `Điểm "${text}" không phải là số.` };
  if (score < 0 || score > 100) return { error: `Điểm ${score} nằm ngoài thang 0–100.` };
  return { value: score };
}

/** The score band of a star rating (Decision 26/2026 Art. 3): 5★ 90–100, 4★ 70–<90, 3★ 50–<70. */
export function starsForScore(score: number): number {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  if (score >= 30) return 2;
  return 1;
}

export const PRODUCT_SET_COUNT = 26;

/** "11", "Bộ 11", "11 - Chè" → 11; null when the text is not a set number (it is then a group name). */
export function parseProductSetId(text: string): Parsed<number> | null {
  const m = /^\s*(?:bo(?: san pham)?\s*)?(\d{1,3})(?:\s|$)/.exec(foldName(text));
  if (m?.[1] === undefined) return null;
  const id = Number(m[1]);
  if (id < 1 || id > PRODUCT_SET_COUNT) {
    return { error: `Bộ sản phẩm ${id} không có: Quyết định 26/2026 có các bộ 1–${PRODUCT_SET_COUNT}.` };
  }
  return { value: id };
}
