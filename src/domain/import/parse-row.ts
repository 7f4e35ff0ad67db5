// One spreadsheet row → normalised import values, errors (the row cannot be imported as it is) and warnings
// (imported, but worth a look). Messages are Vietnamese; the row number travels alongside.

import { guessProducerType, type ProducerTypeCode } from '../registry/producer-types.ts';
import { classifyRow, type SkipReason } from './classify-row.ts';
import { IMPORT_FIELDS, type ImportField } from './column-synonyms.ts';
import type { ColumnMapping } from './columns.ts';
import { normalisePhone, normaliseTaxCode } from './contact-values.ts';
import {
  findDate,
  type Parsed,
  parseDecisionDate,
  parseProductSetId,
  parseScore,
  parseStars,
  parseYear,
  type Stars,
  starsForScore,
} from './parse-values.ts';
import { splitAddress } from './split-address.ts';

export interface ImportRowValues {
  productName: string | null;
  producerName: string | null;
  /** The producer type as written ("Hợp tác xã", "Hộ SXKD"…). */
  producerType: string | null;
  /** From the written type, else guessed from the producer name; null when neither tells. */
  producerTypeCode: ProducerTypeCode | null;
  /** The one-column address as written. */
  address: string | null;
  /** Unit names as written (unit word kept: "Xã Thông Hòa"), from their columns or split from `address`. */
  commune: string | null;
  district: string | null;
  province: string | null;
  stars: Stars | null;
  year: number | null;
  productGroup: string | null;
  productSetId: number | null;
  decisionNumber: string | null;
  /** 'YYYY-MM-DD'. */
  decisionDate: string | null;
  score: number | null;
  /** Canonical tax code ("0100109106", "0100109106-001") or a 12-digit personal id. */
  taxCode: string | null;
  /** E.164 ("+84912345678"). */
  phone: string | null;
}

export interface ParsedImportRow {
  /** Spreadsheet row number as the user sees it (1-based). */
  readonly rowNumber: number;
  readonly values: ImportRowValues;
  readonly errors: string[];
  readonly warnings: string[];
  /** Blank line, total row ("Tổng cộng") or section heading ("I. Huyện Cầu Kè"): skip it silently. */
  readonly isBlankOrTotal: boolean;
  readonly skipReason: SkipReason | null;
}

const clean = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function emptyValues(): ImportRowValues {
  return {
    productName: null,
    producerName: null,
    producerType: null,
    producerTypeCode: null,
    address: null,
    commune: null,
    district: null,
    province: null,
    stars: null,
    year: null,
    productGroup: null,
    productSetId: null,
    decisionNumber: null,
    decisionDate: null,
    score: null,
    taxCode: null,
    phone: null,
  };
}

type RowTexts = Record<ImportField, string | null>;

/** The trimmed text of every mapped field (null when unmapped or empty). */
function readTexts(cells: readonly string[], mapping: ColumnMapping): RowTexts {
  const texts = {} as RowTexts;
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    const text = column === null ? '' : clean(cells[column]);
    texts[field] = text === '' ? null : text;
  }
  return texts;
}

function parsedOrNull<T>(
  text: string | null,
  parse: (text: string) => Parsed<T>,
  errors: string[],
): T | null {
  if (text === null) return null;
  const parsed = parse(text);
  if ('error' in parsed) {
    errors.push(parsed.error);
    return null;
  }
  return parsed.value;
}

/** Parses one data row; `rowNumber` is only carried through (and used in nothing else). */
export function parseImportRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  rowNumber: number,
): ParsedImportRow {
  const values = emptyValues();
  const errors: string[] = [];
  const warnings: string[] = [];
  const skipReason = classifyRow(cells, mapping);
  if (skipReason !== null) {
    return { rowNumber, values, errors, warnings, isBlankOrTotal: true, skipReason };
  }
  const text = readTexts(cells, mapping);

  values.productName = text.productName;
  values.producerName = text.producerName;
  if (values.productName === null) errors.push('Thiếu tên sản phẩm.');
  if (values.producerName === null) errors.push('Thiếu tên chủ thể (cơ sở, hộ, HTX, doanh nghiệp sản xuất).');

  values.producerType = text.producerType;
  values.producerTypeCode = producerTypeCode(values.producerType, values.producerName, warnings);

  readLocation(text, values, warnings);

  values.stars = parsedOrNull(text.stars, parseStars, errors);
  if (text.stars === null) warnings.push('Chưa có hạng sao.');
  values.score = parsedOrNull(text.score, parseScore, errors);
  if (values.score !== null && values.stars !== null && starsForScore(values.score) !== values.stars) {
    warnings.push(
      `Điểm ${values.score} ứng với hạng ${starsForScore(values.score)} sao, khác hạng ${values.stars} sao đã ghi.`,
    );
  }

  values.decisionNumber = text.decisionNumber;
  values.decisionDate = parsedOrNull(text.decisionDate, parseDecisionDate, errors);
  if (text.decisionDate === null && values.decisionNumber !== null) {
    values.decisionDate = findDate(values.decisionNumber);
  }
  values.year = parsedOrNull(text.year, parseYear, errors);
  const decisionYear = values.decisionDate === null ? null : Number(values.decisionDate.slice(0, 4));
  if (text.year === null) values.year = decisionYear;
  else if (values.year !== null && decisionYear !== null && decisionYear !== values.year) {
    warnings.push(`Năm công nhận ${values.year} khác năm của ngày quyết định (${values.decisionDate}).`);
  }

  values.productGroup = text.productGroup;
  if (text.productSetId !== null) {
    const parsed = parseProductSetId(text.productSetId);
    if (parsed === null) values.productGroup ??= text.productSetId;
    else if ('error' in parsed) errors.push(parsed.error);
    else values.productSetId = parsed.value;
  }

  values.taxCode = normaliseTaxCode(text.taxCode, warnings);
  values.phone = normalisePhone(text.phone, warnings);
  return { rowNumber, values, errors, warnings, isBlankOrTotal: false, skipReason: null };
}

// A sheet repeats a handful of type spellings ("Hợp tác xã", "Hộ SXKD"…) on thousands of rows.
const typeTextMemo = new Map<string, ProducerTypeCode | null>();
const TYPE_MEMO_LIMIT = 1000;

function typeOfTypeText(typeText: string): ProducerTypeCode | null {
  const known = typeTextMemo.get(typeText);
  if (known !== undefined) return known;
  const guess = guessProducerType(typeText);
  const code = guess.ok ? guess.value.type : null;
  if (typeTextMemo.size < TYPE_MEMO_LIMIT) typeTextMemo.set(typeText, code);
  return code;
}

function producerTypeCode(
  typeText: string | null,
  producerName: string | null,
  warnings: string[],
): ProducerTypeCode | null {
  if (typeText !== null) {
    const fromType = typeOfTypeText(typeText);
    if (fromType !== null) return fromType;
    warnings.push(`Loại hình "${typeText}" không nhận ra; sẽ đoán theo tên chủ thể.`);
  }
  if (producerName === null) return null;
  const fromName = guessProducerType(producerName);
  return fromName.ok && !fromName.value.ambiguous ? fromName.value.type : null;
}

function readLocation(text: RowTexts, values: ImportRowValues, warnings: string[]): void {
  values.address = text.address;
  values.commune = text.commune;
  values.district = text.district;
  values.province = text.province;
  if (values.address !== null && values.commune === null) {
    const parts = splitAddress(values.address);
    values.commune = parts.commune;
    values.district ??= parts.district;
    values.province ??= parts.province;
    if (parts.commune === null) {
      warnings.push(`Không tách được xã/phường từ địa chỉ "${values.address}"; hãy kiểm tra địa bàn.`);
    }
  } else if (values.commune === null) {
    warnings.push('Thiếu xã/phường của chủ thể.');
  }
}
