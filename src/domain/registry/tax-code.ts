// Vietnamese tax code / enterprise code (mã số thuế, mã số doanh nghiệp).
//
// Structure (Thông tư 105/2020/TT-BTC on tax registration; check-digit method in its Phụ lục 1 as cited by
// the `vn-ident` package — the circular itself was not re-read here):
// - 10 digits N1…N10 for an independent taxpayer (enterprise, cooperative, organisation, formerly also
//   individuals and household businesses);
// - 13 digits N1…N10-N11N12N13 for a dependent unit (chi nhánh, văn phòng đại diện, địa điểm kinh doanh):
//   the parent's 10 digits, a hyphen, and a 3-digit serial 001–999.
// - N10 is a check digit over N1…N9: weights 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − (Σ mod 11).
//   When Σ mod 11 = 0 the result would be 10, which is not a digit: that serial is never issued, so any code
//   whose first nine digits give remainder 0 is invalid. The circular's worked example 010004751 → 6 is a test
//   case below. Cross-checked with python-stdnum `stdnum.vn.mst` and the `vn-ident` package (same weights,
//   same treatment of remainder 0).
// - N1N2 are often described as a "province code", but they are not the administrative-unit province code
//   (QĐ 19/2025): they come from the tax authority's own catalogue, and the 2025 province mergers changed the
//   admin codes, not existing tax codes. So no range is checked on them.
// Stored form: 10 digits, or the hyphenated 13-digit form "0100109106-001" (as printed by the circular and
// the national business registration portal); 13 digits typed without the hyphen are normalised to it.
//
// Since Thông tư 86/2024/TT-BTC individuals and household businesses use their 12-digit personal
// identification number (số định danh cá nhân, the CCCD number) as tax code. That number has no check digit;
// it is accepted only with `allowPersonalId` (format check only) and otherwise refused with a hint.

import { fail, ok, type Result, withoutSpaces } from './result.ts';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export type TaxCodeKind = 'main' | 'dependent_unit' | 'personal_id';

export interface TaxCode {
  /** Canonical stored form: "0100109106", "0100109106-001" or a 12-digit personal id. */
  readonly code: string;
  readonly kind: TaxCodeKind;
  /** The 10-digit code of the independent taxpayer (null for a personal id). */
  readonly base: string | null;
  /** Dependent-unit serial "001"–"999", or null. */
  readonly branch: string | null;
}

export interface TaxCodeOptions {
  /** Accept a 12-digit personal identification number (household businesses, individuals). Default false. */
  readonly allowPersonalId?: boolean;
}

/** The check digit for nine digits, or null when the weighted sum is a multiple of 11 (never issued). */
export function taxCodeCheckDigit(nineDigits: string): number | null {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('taxCodeCheckDigit expects exactly nine digits');
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(nineDigits[i]);
  });
  const remainder = sum % 11;
  return remainder === 0 ? null : 10 - remainder;
}

/** Validates and normalises a tax / enterprise code; see the header for the rules. */
export function parseTaxCode(text: string, options: TaxCodeOptions = {}): Result<TaxCode> {
  const s = withoutSpaces(text)
    .replace(/\./g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (s === '') return fail('Chưa nhập mã số thuế.', 'The tax code is empty.');
  if (/[^\d-]/.test(s)) {
    return fail(
      'Mã số thuế chỉ gồm chữ số (và một dấu gạch ngang trước 3 số cuối của đơn vị phụ thuộc).',
      'A tax code has digits only (and one hyphen before the 3-digit dependent-unit suffix).',
    );
  }
  const digits = s.replace(/-/g, '');
  if (digits.length === 12 && !s.includes('-')) {
    if (options.allowPersonalId === true) {
      return ok({ code: digits, kind: 'personal_id', base: null, branch: null });
    }
    return fail(
      'Mã 12 chữ số là số định danh cá nhân (CCCD), không phải mã số thuế/mã số doanh nghiệp 10 hoặc 13 chữ số. ' +
        'Hộ kinh doanh, cá nhân dùng số định danh cá nhân thay mã số thuế: hãy nhập vào mục dành cho số định danh.',
      'A 12-digit number is a personal identification number, not a 10- or 13-digit tax/enterprise code.',
    );
  }
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(s);
  if (m === null) {
    if (digits.length === 10 || digits.length === 13) {
      return fail(
        'Dấu gạch ngang chỉ đặt giữa 10 số đầu và 3 số cuối (ví dụ 0100109106-001).',
        'The hyphen belongs between the first 10 digits and the last 3 (e.g. 0100109106-001).',
      );
    }
    return fail(
      `Mã số thuế phải có 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (ví dụ 0100109106-001); đã nhập ${digits.length} chữ số.`,
      `A tax code has 10 digits, or 13 for a dependent unit; got ${digits.length}.`,
    );
  }
  const base = m[1] ?? '';
  const branch = m[2] ?? null;
  const expected = taxCodeCheckDigit(base.slice(0, 9));
  if (expected === null || expected !== Number(base[9])) {
    return fail(
      'Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp. Vui lòng kiểm tra lại từng chữ số.',
      'Invalid tax code: the check digit (10th digit) does not match.',
    );
  }
  if (branch === '000') {
    return fail(
      'Ba số cuối của mã đơn vị phụ thuộc phải từ 001 đến 999, không thể là 000.',
      'The dependent-unit suffix must be 001–999, not 000.',
    );
  }
  if (branch === null) return ok({ code: base, kind: 'main', base, branch: null });
  return ok({ code: `${base}-${branch}`, kind: 'dependent_unit', base, branch });
}
