// OCOP product code (Mã số sản phẩm) of Decision 26/2026/QĐ-TTg, printed on every score sheet:
//   (T)-(X)-(STT)-(Năm) = province code – commune code – serial number kept by the commune – evaluation year,
// with administrative codes per Decision 19/2025/QĐ-TTg (data/criteria/decision-26-2026.json,
// scoreSheetHeader; domain-rules §4.2). The decision fixes neither the widths nor the padding; assumed here:
// - province: 2 digits, commune: 5 digits — the widths of the QĐ 19/2025 codes (as in ADMIN_UNITS data);
// - serial: a positive integer, written zero-padded to at least 3 digits ("007"), at most 5 digits;
// - year: 4 digits, 2000–2099 (the printed form reads "-20……").
// parseProductCode accepts unpadded serials ("7") and normalises them, so "01-00004-7-2026" and
// "01-00004-007-2026" are the same code. Whether the commune belongs to the province is for the caller to
// check against the administrative-unit index.

import { type Failure, fail, ok, type Result, withoutSpaces } from './result.ts';

export const SERIAL_MIN_WIDTH = 3;
export const SERIAL_MAX = 99_999;

export interface ProductCodeParts {
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly serial: number;
  readonly year: number;
}

export interface ProductCode extends ProductCodeParts {
  /** Canonical form "01-00004-007-2026". */
  readonly code: string;
}

function partsProblem(p: ProductCodeParts): Failure | null {
  if (!/^\d{2}$/.test(p.provinceCode) || p.provinceCode === '00') {
    return fail(
      `Mã tỉnh "${p.provinceCode}" không hợp lệ: cần 2 chữ số theo Quyết định 19/2025/QĐ-TTg (ví dụ 01).`,
      `Province code "${p.provinceCode}" must be 2 digits (Decision 19/2025).`,
    );
  }
  if (!/^\d{5}$/.test(p.communeCode) || p.communeCode === '00000') {
    return fail(
      `Mã xã "${p.communeCode}" không hợp lệ: cần 5 chữ số theo Quyết định 19/2025/QĐ-TTg (ví dụ 00004).`,
      `Commune code "${p.communeCode}" must be 5 digits (Decision 19/2025).`,
    );
  }
  if (!Number.isInteger(p.serial) || p.serial < 1 || p.serial > SERIAL_MAX) {
    return fail(
      `Số thứ tự sản phẩm phải là số nguyên từ 1 đến ${SERIAL_MAX}.`,
      `The serial must be an integer from 1 to ${SERIAL_MAX}.`,
    );
  }
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2099) {
    return fail(
      `Năm đánh giá "${p.year}" không hợp lệ: cần 4 chữ số, từ 2000 đến 2099.`,
      `Evaluation year "${p.year}" must be 2000–2099.`,
    );
  }
  return null;
}

const canonical = (p: ProductCodeParts): string =>
  `${p.provinceCode}-${p.communeCode}-${String(p.serial).padStart(SERIAL_MIN_WIDTH, '0')}-${p.year}`;

/** Builds the canonical code from its parts. */
export function formatProductCode(parts: ProductCodeParts): Result<string> {
  const problem = partsProblem(parts);
  return problem ?? ok(canonical(parts));
}

/** Parses "01-00004-007-2026" (spaces and en/em dashes tolerated) into its parts and canonical form. */
export function parseProductCode(text: string): Result<ProductCode> {
  const s = withoutSpaces(text).replace(/[\u2010-\u2015\u2212]/g, '-');
  if (s === '') return fail('Chưa nhập mã số sản phẩm.', 'The product code is empty.');
  if (!/^[\d-]+$/.test(s)) {
    return fail(
      'Mã số sản phẩm chỉ gồm chữ số và dấu gạch ngang, dạng Tỉnh-Xã-STT-Năm (ví dụ 01-00004-007-2026).',
      'A product code has digits and hyphens only: province-commune-serial-year.',
    );
  }
  const fields = s.split('-');
  if (fields.length === 5) {
    return fail(
      'Mã có 5 phần (tỉnh-huyện-xã-STT-năm) là mã cũ có cấp huyện; mã theo Quyết định 26/2026/QĐ-TTg chỉ có ' +
        '4 phần: Tỉnh-Xã-STT-Năm, với mã xã mới theo Quyết định 19/2025/QĐ-TTg.',
      'A 5-part code (with a district) is the pre-2025 format; the current code is province-commune-serial-year.',
    );
  }
  const [provinceCode, communeCode, serial, year] = fields;
  if (fields.length !== 4 || provinceCode === undefined || communeCode === undefined || !serial || !year) {
    return fail(
      'Mã số sản phẩm phải có 4 phần: Tỉnh-Xã-STT-Năm (ví dụ 01-00004-007-2026).',
      'A product code has 4 parts: province-commune-serial-year.',
    );
  }
  if (!/^\d{4}$/.test(year)) {
    return fail(`Năm đánh giá "${year}" phải có 4 chữ số.`, `The year "${year}" must have 4 digits.`);
  }
  if (serial.length > String(SERIAL_MAX).length) {
    return fail(
      `Số thứ tự sản phẩm "${serial}" quá dài (tối đa ${SERIAL_MAX}).`,
      `The serial "${serial}" is too long (max ${SERIAL_MAX}).`,
    );
  }
  const parts = { provinceCode, communeCode, serial: Number(serial), year: Number(year) };
  const problem = partsProblem(parts);
  return problem ?? ok({ ...parts, code: canonical(parts) });
}
