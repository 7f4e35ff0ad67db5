// Rules for issuing stamp batches. Stamps carry the OCOP mark and the star level, which only a product with a
// certificate in force may use (Decision 1162/QĐ-VPĐP-OCOP Art. 5; domain-rules §7.1): valid, expiring, or
// extended while its re-evaluation is decided (Art. 12.3). Expired, revoked, not yet valid or no certificate:
// refused. A quota per certificate keeps a mistaken or abusive order from flooding the market with genuine
// codes (Hà Nội funds up to 2,000 stamps per product; the default here is generous on purpose).
import type { CertificateStatus } from '../registry/certificate-status.ts';

export const STAMP_LIMITS = {
  /** Stamps in one batch (one print run). */
  maxBatchQuantity: 50_000,
  /** Stamps issued per certificate, void batches excluded. */
  quotaPerCertificate: 100_000,
  /** Stamps per sheet PDF request (a serial range of a bigger batch is asked for in several requests). */
  maxSheetStamps: 240,
} as const;

export type StampLimits = Readonly<{
  maxBatchQuantity: number;
  quotaPerCertificate: number;
  maxSheetStamps: number;
}>;

export type IssueRefusal = Readonly<{ vi: string; en: string }>;

/** Why a certificate in this status may not carry stamps; null when it may. */
export function refusalToStamp(status: CertificateStatus | null): IssueRefusal | null {
  if (status === null) {
    return {
      vi: 'Sản phẩm chưa có giấy chứng nhận OCOP hợp lệ nên không được cấp tem.',
      en: 'The product has no usable OCOP certificate.',
    };
  }
  switch (status.status) {
    case 'valid':
    case 'expiring':
    case 'extended':
      return null;
    case 'not_yet_valid':
      return {
        vi: `Giấy chứng nhận chưa có hiệu lực (từ ngày ${status.validFrom}); chưa được cấp tem.`,
        en: 'The certificate is not yet valid.',
      };
    case 'expired':
      return {
        vi: 'Giấy chứng nhận đã hết hiệu lực; không được cấp tem.',
        en: 'The certificate has expired.',
      };
    case 'revoked':
      return { vi: 'Giấy chứng nhận đã bị thu hồi; không được cấp tem.', en: 'The certificate was revoked.' };
  }
}

/** How many more stamps the certificate may get (never negative). */
export const quotaLeft = (issued: number, limits: Pick<StampLimits, 'quotaPerCertificate'>): number =>
  Math.max(0, limits.quotaPerCertificate - issued);

/** The serial range of a sheet request, clamped to the batch; an error text when it cannot be printed. */
export function sheetRange(
  batch: Readonly<{ serialFrom: number; serialTo: number }>,
  requested: Readonly<{ from?: number | undefined; to?: number | undefined }>,
  maxStamps: number,
): { from: number; to: number } | { error: string } {
  const from = requested.from ?? batch.serialFrom;
  const to = requested.to ?? Math.min(batch.serialTo, from + maxStamps - 1);
  if (from < batch.serialFrom || to > batch.serialTo || from > to) {
    return { error: `Khoảng số sê-ri phải nằm trong lô: ${batch.serialFrom}–${batch.serialTo}.` };
  }
  if (to - from + 1 > maxStamps) {
    return { error: `Mỗi lần in tối đa ${maxStamps} tem; hãy chọn khoảng from–to nhỏ hơn.` };
  }
  return { from, to };
}
