// Status of an OCOP certificate on a given day, from its dates and events. Pure: `today` is an argument.
//
// Rules (Decision 26/2026/QĐ-TTg, read in the public transcript named in shared/data/criteria/README.md):
// - Điều 4.3: a certificate is valid "36 tháng kể từ ngày cơ quan có thẩm quyền ban hành". Counting follows the
//   Civil Code 2015 (Điều 147.2: the day of the event is not counted; Điều 148: a period in months ends at the end
//   of the corresponding day of the last month, or that month's last day). So validTo = issue date + 36 months,
//   same day of month (2026-06-15 → 2029-06-15; 2024-02-29 → 2027-02-28), valid through that whole day.
//   Điều 148's "last day falls on a weekend/holiday → next working day" is NOT applied: it governs deadlines
//   for acting, not the validity of a document. A date printed on the certificate wins: store it in validTo.
// - Điều 7.6.a: the re-evaluation dossier is submitted no earlier than 180 and no later than 120 days before
//   expiry → `reEvaluationWindow`. "expiring" = 180 days or fewer left (the window has opened), expiry day included.
// - Điều 12.3: for a product due for re-evaluation whose dossier missed that window, the certificate stays valid
//   until the authority decides, at most 180 days after expiry → "extended" up to validTo + 180 days inclusive.
//   Applied to any pending re-evaluation dossier submitted on or before the expiry day (the decision does not
//   say "before expiry"; a dossier filed after the certificate lapsed is treated as a new application).
// - Điều 8: revocation, with one of the grounds a)–e). A revocation dated today or earlier wins over every
//   other status (also after expiry); one dated later is not yet in effect.

import { addDays, addMonths, daysBetween, type IsoDate, isIsoDate } from './calendar-date.ts';
import { type Failure, fail, ok, type Result } from './result.ts';
import { isRevocationGround, type RevocationGround } from './revocation-grounds.ts';

export const CERTIFICATE_VALIDITY_MONTHS = 36;
export const EXPIRING_WITHIN_DAYS = 180;
export const EXTENSION_MAX_DAYS = 180;
export const RE_EVALUATION_EARLIEST_DAYS = 180;
export const RE_EVALUATION_LATEST_DAYS = 120;

export interface CertificateDates {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  readonly revokedAt?: IsoDate;
  readonly revocationGround?: RevocationGround;
  /** Day the re-evaluation dossier was submitted, while no decision has been made on it. */
  readonly reEvaluationPendingSince?: IsoDate;
}

export type CertificateStatus =
  | { readonly status: 'not_yet_valid'; readonly validFrom: IsoDate }
  | {
      readonly status: 'valid' | 'expiring';
      readonly validTo: IsoDate;
      readonly daysLeft: number;
      readonly reEvaluationPending: boolean;
    }
  | { readonly status: 'expired'; readonly validTo: IsoDate; readonly daysSinceExpiry: number }
  | {
      readonly status: 'extended';
      readonly validTo: IsoDate;
      readonly extendedUntil: IsoDate;
      readonly daysSinceExpiry: number;
    }
  | { readonly status: 'revoked'; readonly revokedAt: IsoDate; readonly ground: RevocationGround };

const badDate = (field: string, value: string): Failure =>
  fail(
    `${field} "${value}" không hợp lệ: cần ngày có thật, dạng YYYY-MM-DD.`,
    `${field} "${value}" is not a valid YYYY-MM-DD date.`,
  );

/** Default end of validity for a certificate issued on `validFrom` (see the header). */
export function validToFor(validFrom: IsoDate): Result<IsoDate> {
  if (!isIsoDate(validFrom)) return badDate('Ngày cấp', validFrom);
  return ok(addMonths(validFrom, CERTIFICATE_VALIDITY_MONTHS));
}

/** The submission window for re-evaluation: from 180 to 120 days before expiry, both days included. */
export function reEvaluationWindow(validTo: IsoDate): Result<{ opensOn: IsoDate; closesOn: IsoDate }> {
  if (!isIsoDate(validTo)) return badDate('Ngày hết hạn', validTo);
  return ok({
    opensOn: addDays(validTo, -RE_EVALUATION_EARLIEST_DAYS),
    closesOn: addDays(validTo, -RE_EVALUATION_LATEST_DAYS),
  });
}

function inputProblem(c: CertificateDates, today: IsoDate): Failure | null {
  const dates: [string, string | undefined][] = [
    ['Ngày cấp', c.validFrom],
    ['Ngày hết hạn', c.validTo],
    ['Ngày thu hồi', c.revokedAt],
    ['Ngày nộp hồ sơ đánh giá lại', c.reEvaluationPendingSince],
    ['Ngày tính trạng thái', today],
  ];
  for (const [field, value] of dates) {
    if (value !== undefined && !isIsoDate(value)) return badDate(field, value);
  }
  if (c.validTo < c.validFrom) {
    return fail('Ngày hết hạn không được trước ngày cấp.', 'validTo is before validFrom.');
  }
  if (c.revokedAt !== undefined && c.revokedAt < c.validFrom) {
    return fail('Ngày thu hồi không được trước ngày cấp.', 'revokedAt is before validFrom.');
  }
  if ((c.revokedAt === undefined) !== (c.revocationGround === undefined)) {
    return fail(
      'Thu hồi giấy chứng nhận cần cả ngày thu hồi và căn cứ thu hồi (Điều 8 Quyết định 26/2026/QĐ-TTg).',
      'A revocation needs both its date and its ground.',
    );
  }
  if (c.revocationGround !== undefined && !isRevocationGround(c.revocationGround)) {
    return fail(
      `Căn cứ thu hồi "${c.revocationGround}" không có trong Điều 8 khoản 1 (a, b, c, d, đ, e).`,
      `Unknown revocation ground "${c.revocationGround}".`,
    );
  }
  if (c.reEvaluationPendingSince !== undefined && c.reEvaluationPendingSince < c.validFrom) {
    return fail(
      'Ngày nộp hồ sơ đánh giá lại không được trước ngày cấp.',
      'reEvaluationPendingSince is before validFrom.',
    );
  }
  return null;
}

/** The certificate's status on `today` (a calendar day in Asia/Ho_Chi_Minh, 'YYYY-MM-DD'). */
export function certificateStatus(c: CertificateDates, today: IsoDate): Result<CertificateStatus> {
  const problem = inputProblem(c, today);
  if (problem !== null) return problem;
  if (c.revokedAt !== undefined && c.revocationGround !== undefined && c.revokedAt <= today) {
    return ok({ status: 'revoked', revokedAt: c.revokedAt, ground: c.revocationGround });
  }
  if (today < c.validFrom) return ok({ status: 'not_yet_valid', validFrom: c.validFrom });
  const pendingSince = c.reEvaluationPendingSince;
  if (today <= c.validTo) {
    const daysLeft = daysBetween(today, c.validTo);
    return ok({
      status: daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid',
      validTo: c.validTo,
      daysLeft,
      reEvaluationPending: pendingSince !== undefined && pendingSince <= today,
    });
  }
  const daysSinceExpiry = daysBetween(c.validTo, today);
  if (pendingSince !== undefined && pendingSince <= c.validTo && daysSinceExpiry <= EXTENSION_MAX_DAYS) {
    const extendedUntil = addDays(c.validTo, EXTENSION_MAX_DAYS);
    return ok({ status: 'extended', validTo: c.validTo, extendedUntil, daysSinceExpiry });
  }
  return ok({ status: 'expired', validTo: c.validTo, daysSinceExpiry });
}
