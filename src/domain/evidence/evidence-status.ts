import type { FieldError } from '../errors.ts';
import { daysBetween, type IsoDate } from '../registry/calendar-date.ts';

/** A document reads as "expiring" this many days (or fewer) before its validTo. */
export const EXPIRING_WITHIN_DAYS = 90;

export const EVIDENCE_STATUSES = ['valid', 'expiring', 'expired', 'no_expiry'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** Where a document stands on `today`; the validTo day itself is still valid. */
export function evidenceStatus(validTo: IsoDate | null, today: IsoDate): EvidenceStatus {
  if (validTo === null) return 'no_expiry';
  const daysLeft = daysBetween(today, validTo);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

export type EvidenceDates = Readonly<{
  issuedOn: IsoDate | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}>;

/**
 * Dates that contradict each other (ISO dates compare as strings). `prefix` names where the fields came
 * from in the request ('query', 'body').
 */
export function evidenceDateProblems(dates: EvidenceDates, prefix: string): FieldError[] {
  const problems: FieldError[] = [];
  const { issuedOn, validFrom, validTo } = dates;
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    problems.push({
      field: `${prefix}.validTo`,
      message: `Ngày hết hiệu lực (${validTo}) phải sau ngày có hiệu lực (${validFrom}).`,
    });
  }
  if (issuedOn !== null && validTo !== null && validTo < issuedOn) {
    problems.push({
      field: `${prefix}.validTo`,
      message: `Ngày hết hiệu lực (${validTo}) phải sau ngày cấp (${issuedOn}).`,
    });
  }
  return problems;
}
