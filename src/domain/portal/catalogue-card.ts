// What the public catalogue knows of a product: the card shown in lists, the certificate dates its status
// is computed from on the day of the request, and what the open data publishes. No personal data.
import { type CertificateDates, certificateStatus } from '../registry/certificate-status.ts';
import type { CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import type { RevocationGround } from '../registry/revocation-grounds.ts';

export type CatalogueProducer = Readonly<{ id: string; name: string; type: string }>;

export type CatalogueCard = Readonly<{
  id: string;
  slug: string;
  name: string;
  /** vietnameseSortKey(name), compared byte by byte. */
  sortKey: string;
  ocopCode: string | null;
  provinceCode: string;
  communeCode: string;
  productSetId: number | null;
  producer: CatalogueProducer;
  /** File key of the first photo (thumbnail `<key>-thumb.webp`, 320 × 320), or null. */
  photoKey: string | null;
  /** The current certificate (latest start). */
  stars: number;
  certificateNumber: string | null;
  datesPrecision: 'day' | 'year';
  validFrom: string;
  validTo: string;
  revokedOn: string | null;
  revocationGround: string | null;
  reEvaluationSince: string | null;
}>;

/** Listed by default: the certificate is in force today. */
export const LISTED_STATUSES: readonly CertificateStatusCode[] = ['valid', 'expiring', 'extended'];
/** With the "also expired and revoked" toggle. */
export const ALL_PUBLIC_STATUSES: readonly CertificateStatusCode[] = [
  ...LISTED_STATUSES,
  'expired',
  'revoked',
];

export function cardCertificateDates(card: CatalogueCard): CertificateDates {
  return {
    validFrom: card.validFrom,
    validTo: card.validTo,
    ...(card.revokedOn && card.revocationGround
      ? { revokedAt: card.revokedOn, revocationGround: card.revocationGround as RevocationGround }
      : {}),
    ...(card.reEvaluationSince ? { reEvaluationPendingSince: card.reEvaluationSince } : {}),
  };
}

/** The card's certificate status on `today` ('none' when the stored dates contradict each other). */
export function cardStatus(card: CatalogueCard, today: string): CertificateStatusCode {
  const result = certificateStatus(cardCertificateDates(card), today);
  return result.ok ? result.value.status : 'none';
}
