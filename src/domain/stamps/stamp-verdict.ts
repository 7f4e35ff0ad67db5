// What a scan of a stamp means, in one word and one colour: genuine (with the live status of the product's
// current certificate), void (its batch was cancelled), unknown (well-formed, but no such stamp) or invalid
// (not a stamp code at all). Pure: `today` is an argument; the record comes from one database read.
import type { IsoDate } from '../registry/calendar-date.ts';
import { type CertificateStatus, certificateStatus } from '../registry/certificate-status.ts';
import { isRevocationGround } from '../registry/revocation-grounds.ts';

export type StampTone = 'green' | 'amber' | 'red' | 'grey';
export type StampResult = 'genuine' | 'void' | 'unknown' | 'invalid';
export type BatchStatus = 'issued' | 'printed' | 'void';

/** The product's current certificate as copied onto the product row, with its number and revocation. */
export type CurrentCertificate = Readonly<{
  number: string | null;
  stars: number;
  validFrom: IsoDate;
  validTo: IsoDate;
  revokedOn: IsoDate | null;
  revocationGround: string | null;
  reEvaluationSince: IsoDate | null;
  revocationDecision: string | null;
}>;

/** One stamp as the verification read returns it. */
export type StampRecord = Readonly<{
  code: string;
  serial: number;
  batchId: string;
  batchStatus: BatchStatus;
  /** Stars of the certificate the batch was printed under (printed on the stamp). */
  printedStars: number;
  product: Readonly<{
    id: string;
    name: string;
    slug: string;
    gtin: string | null;
    provinceCode: string;
    photoKey: string | null;
  }>;
  producerName: string;
  certificate: CurrentCertificate | null;
}>;

export type StampVerdict = Readonly<{
  result: StampResult;
  tone: StampTone;
  /** Live status of the current certificate (genuine stamps only); null when it cannot be computed. */
  status: CertificateStatus | null;
}>;

/** valid → green; expiring, extended, not yet valid → amber; expired, revoked → red; unknown → grey. */
export function toneOfStatus(status: CertificateStatus | null): StampTone {
  if (status === null) return 'grey';
  switch (status.status) {
    case 'valid':
      return 'green';
    case 'expiring':
    case 'extended':
    case 'not_yet_valid':
      return 'amber';
    case 'expired':
    case 'revoked':
      return 'red';
  }
}

export function currentStatusOf(certificate: CurrentCertificate | null, today: IsoDate) {
  if (certificate === null) return null;
  const { revokedOn, revocationGround: ground } = certificate;
  const isRevoked = revokedOn !== null && ground !== null && isRevocationGround(ground);
  const result = certificateStatus(
    {
      validFrom: certificate.validFrom,
      validTo: certificate.validTo,
      ...(isRevoked ? { revokedAt: revokedOn, revocationGround: ground } : {}),
      ...(certificate.reEvaluationSince ? { reEvaluationPendingSince: certificate.reEvaluationSince } : {}),
    },
    today,
  );
  return result.ok ? result.value : null;
}

/** The verdict for a stamp record (null: a well-formed code that is no stamp of the registry). */
export function stampVerdict(record: StampRecord | null, today: IsoDate): StampVerdict {
  if (record === null) return { result: 'unknown', tone: 'grey', status: null };
  if (record.batchStatus === 'void') return { result: 'void', tone: 'red', status: null };
  const status = currentStatusOf(record.certificate, today);
  return { result: 'genuine', tone: toneOfStatus(status), status };
}

export const INVALID_VERDICT: StampVerdict = { result: 'invalid', tone: 'grey', status: null };
