// Tax code and phone cells of an import row. Spreadsheets often store both as numbers, which drops the
// leading zero ("0100109106" → 100109106, "0912345678" → 912345678): that zero is put back. A value that
// still does not parse is left out with a warning; it never blocks the row.

import { parsePhone } from '../registry/phone.ts';
import { parseTaxCode } from '../registry/tax-code.ts';

export function normaliseTaxCode(text: string | null, warnings: string[]): string | null {
  if (text === null) return null;
  const digits = text.replace(/[\s.]/g, '');
  const candidates = /^\d{9}$|^\d{9}-?\d{3}$/.test(digits) ? [`0${digits}`, text] : [text];
  let message = '';
  for (const candidate of candidates) {
    const parsed = parseTaxCode(candidate, { allowPersonalId: true });
    if (parsed.ok) return parsed.value.code;
    message ||= parsed.message;
  }
  warnings.push(`Mã số thuế "${text}" bị bỏ qua: ${message}`);
  return null;
}

export function normalisePhone(text: string | null, warnings: string[]): string | null {
  if (text === null) return null;
  const first = text.split(/[,;]|\s[-–/]\s|\s{2,}/)[0]?.trim() ?? '';
  const parsed = parsePhone(first);
  if (parsed.ok) return parsed.value.e164;
  if (parsed.suggestion !== undefined && /^\d+$/.test(first)) {
    const retry = parsePhone(parsed.suggestion);
    if (retry.ok) return retry.value.e164;
  }
  warnings.push(`Số điện thoại "${text}" bị bỏ qua: ${parsed.message}`);
  return null;
}
