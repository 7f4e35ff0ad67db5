// Vietnamese phone numbers, normalised to E.164 (+84…).
//
// National significant number (NSN, without the leading 0 or +84) after the 2017–2018 renumbering:
// - mobile: 9 digits starting with 3, 5, 7, 8 or 9 (03x, 05x, 07x, 08x, 09x); whole ranges are accepted, not
//   only the prefixes assigned today, so a newly assigned prefix needs no code change;
// - landline: 10 digits = area code + subscriber; Hà Nội 24 and TP.HCM 28 (+ 8 digits), every other province a
//   3-digit code 2xx (+ 7 digits), per the 2017 area-code change (Thông tư 15/2017/TT-BTTTT). The area-code
//   list is that of the 63 pre-2025 provinces: the 2025 province mergers did not renumber landlines.
// Old 11-digit mobile numbers (01xx) were converted in 2018; they are refused with the new number suggested.

import { fail, ok, type Result } from './result.ts';

export type PhoneType = 'mobile' | 'landline';

export interface VietnamesePhone {
  /** E.164, the stored form: "+84912345678". */
  readonly e164: string;
  /** Domestic form: "0912345678". */
  readonly national: string;
  readonly type: PhoneType;
  /** Landline area code without the 0 ("24", "206"), or null for a mobile. */
  readonly areaCode: string | null;
}

/** Landline area codes (without 0) since 2017: 24 (Hà Nội), 28 (TP.HCM) and 61 three-digit codes. */
export const LANDLINE_AREA_CODES: ReadonlySet<string> = new Set([
  '24',
  '28',
  ...[
    '203-216',
    '218-222',
    '225-229',
    '232-239',
    '251-252',
    '254-263',
    '269-277',
    '290-294',
    '296-297',
    '299',
  ].flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }),
]);

/** 2018 conversion of 11-digit mobile prefixes (old → new, with the leading 0). */
export const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

function classify(nsn: string): Result<VietnamesePhone> {
  const national = `0${nsn}`;
  if (/^[35789]\d{8}$/.test(nsn)) {
    return ok({ e164: `+84${nsn}`, national, type: 'mobile', areaCode: null });
  }
  if (/^2\d{9}$/.test(nsn)) {
    const areaCode = nsn[1] === '4' || nsn[1] === '8' ? nsn.slice(0, 2) : nsn.slice(0, 3);
    if (LANDLINE_AREA_CODES.has(areaCode)) {
      return ok({ e164: `+84${nsn}`, national, type: 'landline', areaCode });
    }
    return fail(`Mã vùng 0${areaCode} không tồn tại.`, `Area code 0${areaCode} does not exist.`);
  }
  if (/^1\d{9}$/.test(nsn)) {
    const newPrefix = OLD_MOBILE_PREFIXES[national.slice(0, 4)];
    if (newPrefix === undefined) {
      return fail(
        `Đầu số ${national.slice(0, 4)} (11 số) đã ngừng sử dụng từ năm 2018.`,
        `The 11-digit prefix ${national.slice(0, 4)} was withdrawn in 2018.`,
      );
    }
    const converted = newPrefix + national.slice(4);
    return fail(
      `Đầu số ${national.slice(0, 4)} đã chuyển thành ${newPrefix} từ năm 2018: số mới là ${converted}.`,
      `Prefix ${national.slice(0, 4)} became ${newPrefix} in 2018: the new number is ${converted}.`,
      converted,
    );
  }
  if (/^4\d{8}$/.test(nsn)) {
    return fail(
      `Mã vùng Hà Nội 04 đã đổi thành 024 từ năm 2017: số mới là 02${nsn}.`,
      `Hà Nội's area code 04 became 024 in 2017: the new number is 02${nsn}.`,
      `02${nsn}`,
    );
  }
  const expectedLength = /^[35789]/.test(nsn) ? 9 : /^[12]/.test(nsn) ? 10 : null;
  if (expectedLength !== null && nsn.length < expectedLength) {
    return fail('Số điện thoại quá ngắn.', 'The phone number is too short.');
  }
  if (expectedLength !== null && nsn.length > expectedLength) {
    return fail('Số điện thoại quá dài.', 'The phone number is too long.');
  }
  return fail(
    `Đầu số ${national.slice(0, 3)} không phải đầu số di động (03, 05, 07, 08, 09) hay cố định (02) của Việt Nam.`,
    `${national.slice(0, 3)} is not a Vietnamese mobile (03, 05, 07, 08, 09) or landline (02) prefix.`,
  );
}

/**
 * Parses "0912 345 678", "(+84) 912.345.678", "84912345678", "+84 24 3825 1234", "0084 …" into E.164.
 * Separators allowed: spaces, dots, hyphens, slashes, parentheses.
 */
export function parsePhone(text: string): Result<VietnamesePhone> {
  const raw = text.normalize('NFKC').trim();
  if (raw === '') return fail('Chưa nhập số điện thoại.', 'The phone number is empty.');
  if (/[^\d\s.\-()/+]/.test(raw)) {
    return fail(
      'Số điện thoại chỉ gồm chữ số (có thể có dấu +, khoảng trắng, dấu chấm, gạch ngang, ngoặc).',
      'A phone number contains digits only (plus +, spaces, dots, hyphens, parentheses).',
    );
  }
  const s = raw.replace(/[\s.\-()/]/g, '');
  if (s.lastIndexOf('+') > 0) return fail('Dấu + chỉ đặt ở đầu số.', 'The + sign must come first.');
  if (/^0?1[89]00\d*$/.test(s)) {
    return fail(
      'Số tổng đài 1800/1900 không dùng làm số liên hệ; hãy nhập số di động hoặc số cố định.',
      '1800/1900 service numbers are not accepted; enter a mobile or landline number.',
    );
  }
  let nsn: string;
  if (s.startsWith('+') || s.startsWith('00')) {
    const international = s.startsWith('+') ? s.slice(1) : s.slice(2);
    if (!international.startsWith('84')) {
      return fail('Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).', 'Only Vietnamese numbers (+84).');
    }
    nsn = international.slice(2).replace(/^0/, ''); // "+84 0912…" is a common slip
  } else if (s.startsWith('84') && s.length >= 11) {
    nsn = s.slice(2);
  } else if (s.startsWith('0')) {
    nsn = s.slice(1);
  } else {
    const withZero = classify(s);
    return fail(
      'Số điện thoại trong nước phải bắt đầu bằng số 0 (hoặc +84).',
      'A domestic number starts with 0 (or +84).',
      withZero.ok ? withZero.value.national : undefined,
    );
  }
  return classify(nsn);
}
