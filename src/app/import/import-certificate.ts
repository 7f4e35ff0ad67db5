import type { ImportRowValues } from '../../domain/import/parse-row.ts';
import { validToFor } from '../../domain/registry/certificate-status.ts';

export type ImportedCertificate = {
  stars: number;
  validFrom: string;
  validTo: string;
  datesPrecision: 'day' | 'year';
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingLevel: 'province' | 'ministry';
  authorityName: string | null;
  score: string | null;
};

/** The authority that recognised the product, named as it was at the time (pre-2025 names kept). */
function authorityOf(values: ImportRowValues, stars: number, year: number): string | null {
  if (stars === 5)
    return year <= 2024 ? 'Bộ Nông nghiệp và Phát triển nông thôn' : 'Bộ Nông nghiệp và Môi trường';
  if (!values.province) return null;
  const province = values.province.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '');
  return `UBND ${/^(hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ|huế)$/i.test(province) ? 'thành phố' : 'tỉnh'} ${province}`;
}

/**
 * The certificate a row states, or a reason why none can be recorded. With only a year, the dates are
 * 1 January of that year to the latest possible expiry (36 months after 31 December): precision 'year'.
 */
export function certificateFromRow(
  values: ImportRowValues,
): ImportedCertificate | { missing: string } | null {
  if (!values.stars) return null;
  const year = values.decisionDate ? Number(values.decisionDate.slice(0, 4)) : values.year;
  if (!year) return { missing: 'Có hạng sao nhưng không có năm/ngày công nhận: chưa ghi giấy chứng nhận.' };
  const validFrom = values.decisionDate ?? `${year}-01-01`;
  const validTo = validToFor(values.decisionDate ?? `${year}-12-31`);
  if (!validTo.ok) return { missing: validTo.message };
  return {
    stars: values.stars,
    validFrom,
    validTo: validTo.value,
    datesPrecision: values.decisionDate ? 'day' : 'year',
    decisionNumber: values.decisionNumber,
    decisionDate: values.decisionDate,
    issuingLevel: values.stars === 5 ? 'ministry' : 'province',
    authorityName: authorityOf(values, values.stars, year),
    score: values.score === null ? null : values.score.toFixed(2),
  };
}

/** Keys under which a certificate counts as already recorded: its decision number, and its stars in its year. */
export function certificateKeys(
  productId: string,
  c: { stars: number; validFrom: string; decisionNumber: string | null },
): string[] {
  const keys = [`${productId}:${c.stars}:${c.validFrom.slice(0, 4)}`];
  if (c.decisionNumber) keys.push(`${productId}:qd:${c.decisionNumber.toLowerCase().replace(/\s+/g, '')}`);
  return keys;
}
