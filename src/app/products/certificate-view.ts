import type { CertificateRow } from '../../db/repositories/products.repository.ts';
import { certificateStatus } from '../../domain/registry/certificate-status.ts';
import type { CertificateStatusCode } from '../../domain/registry/certificate-status-codes.ts';
import type { RevocationGround } from '../../domain/registry/revocation-grounds.ts';

export type CertificateView = {
  id: string;
  number: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingLevel: 'province' | 'ministry';
  authorityName: string | null;
  stars: number;
  score: number | null;
  validFrom: string;
  validTo: string;
  datesPrecision: 'day' | 'year';
  status: CertificateStatusCode;
  revokedOn: string | null;
  revocationGround: string | null;
  reEvaluationPendingSince: string | null;
};

/** A certificate with its status on `today` (computed, never stored). */
export function toCertificateView(row: CertificateRow, today: string): CertificateView {
  const status = certificateStatus(
    {
      validFrom: row.validFrom,
      validTo: row.validTo,
      ...(row.revokedOn ? { revokedAt: row.revokedOn } : {}),
      ...(row.revocationGround ? { revocationGround: row.revocationGround as RevocationGround } : {}),
      ...(row.reEvaluationPendingSince ? { reEvaluationPendingSince: row.reEvaluationPendingSince } : {}),
    },
    today,
  );
  return {
    id: row.id,
    number: row.number,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuingLevel: row.issuingLevel as CertificateView['issuingLevel'],
    authorityName: row.authorityName,
    stars: row.stars,
    score: row.score === null ? null : Number(row.score),
    validFrom: row.validFrom,
    validTo: row.validTo,
    datesPrecision: row.datesPrecision as CertificateView['datesPrecision'],
    // Dates are checked on the way in (and by a table constraint), so a failure here means a corrupted row.
    status: status.ok ? status.value.status : 'none',
    revokedOn: row.revokedOn,
    revocationGround: row.revocationGround,
    reEvaluationPendingSince: row.reEvaluationPendingSince,
  };
}
