// GTIN-13 (EAN-13) barcodes, the form the platform stores per SKU.
//
// Check digit (GS1 General Specifications, §7.9.1): from the rightmost data digit leftwards, multiply by 3, 1,
// 3, 1 …; check = (10 − Σ mod 10) mod 10. GS1 Vietnam's country prefix is 893: it tells where the brand owner
// holds its GS1 membership, not where the product was made (domain-rules §7.3).
//
// Only 13 digits are accepted. Other GTIN lengths get a specific message:
// - GTIN-12 (UPC-A): the same number as a GTIN-13 with a leading 0, which is offered as a suggestion;
// - GTIN-14: "0" + GTIN-13 is the same item (suggested); indicator 1–8 identifies a case/carton, not the
//   consumer unit; 9 is a variable-measure item;
// - GTIN-8 (EAN-8): a separate short number for small packs, with no GTIN-13 equivalent.

import { fail, ok, type Result, withoutSpaces } from './result.ts';

export interface Gtin13 {
  readonly gtin: string;
  /** GS1 prefix 893: the brand owner is a GS1 Vietnam member. */
  readonly isVietnamese: boolean;
}

/** The GS1 mod-10 check digit for the data digits (everything but the check digit). */
export function gs1CheckDigit(dataDigits: string): number {
  if (!/^\d+$/.test(dataDigits)) throw new RangeError('gs1CheckDigit expects digits');
  let sum = 0;
  for (let i = 0; i < dataDigits.length; i++) {
    const digit = Number(dataDigits[dataDigits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

const hasValidCheckDigit = (digits: string): boolean =>
  gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);

const BAD_CHECK = fail(
  'Mã vạch không đúng: chữ số kiểm tra (chữ số cuối) không khớp. Vui lòng kiểm tra lại.',
  'Invalid barcode: the check digit (last digit) does not match.',
);

function otherLength(digits: string): Result<Gtin13> {
  if (digits.length === 12) {
    if (!hasValidCheckDigit(digits)) return BAD_CHECK;
    return fail(
      `Đây là mã UPC-A (GTIN-12). Hệ thống lưu GTIN-13: thêm số 0 ở đầu (0${digits}).`,
      `This is a UPC-A (GTIN-12). The platform stores GTIN-13: prefix a 0 (0${digits}).`,
      `0${digits}`,
    );
  }
  if (digits.length === 14) {
    if (!hasValidCheckDigit(digits)) return BAD_CHECK;
    if (digits.startsWith('0')) {
      return fail(
        `Đây là mã GTIN-14 của chính đơn vị bán lẻ; bỏ số 0 đầu để có GTIN-13 (${digits.slice(1)}).`,
        `This GTIN-14 is the consumer unit itself; drop the leading 0 for the GTIN-13 (${digits.slice(1)}).`,
        digits.slice(1),
      );
    }
    return fail(
      'Đây là mã GTIN-14 của thùng/kiện hàng. Hãy nhập mã GTIN-13 in trên từng sản phẩm bán lẻ.',
      'This GTIN-14 identifies a case or carton. Enter the GTIN-13 printed on the consumer unit.',
    );
  }
  if (digits.length === 8) {
    return fail(
      'Đây là mã EAN-8 (GTIN-8) dành cho bao bì nhỏ; hệ thống chỉ lưu mã GTIN-13 (13 chữ số).',
      'This is an EAN-8 (GTIN-8) for small packs; the platform stores GTIN-13 (13 digits) only.',
    );
  }
  return fail(
    `Mã vạch GTIN-13 phải có đúng 13 chữ số; đã nhập ${digits.length} chữ số.`,
    `A GTIN-13 has exactly 13 digits; got ${digits.length}.`,
  );
}

/** Validates a GTIN-13 after removing spaces and hyphens. */
export function parseGtin13(text: string): Result<Gtin13> {
  const digits = withoutSpaces(text).replace(/[-\u2010-\u2015]/g, '');
  if (digits === '') return fail('Chưa nhập mã vạch.', 'The barcode is empty.');
  if (!/^\d+$/.test(digits)) {
    return fail('Mã vạch GTIN chỉ gồm chữ số.', 'A GTIN contains digits only.');
  }
  if (digits.length !== 13) return otherLength(digits);
  if (!hasValidCheckDigit(digits)) return BAD_CHECK;
  return ok({ gtin: digits, isVietnamese: digits.startsWith('893') });
}
