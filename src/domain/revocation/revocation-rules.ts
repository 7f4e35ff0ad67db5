// Rules of a revocation proposal (Decision 26/2026/QĐ-TTg Art. 8; shared/docs/domain-rules.md §4.10).

import type { Actor } from '../auth/roles.ts';
import { REVOCATION_DAYS } from '../calendar/deadlines.ts';
import type { FieldError } from '../errors.ts';
import { addDays, type IsoDate, parseIsoDate } from '../registry/calendar-date.ts';
import { certificateStatus } from '../registry/certificate-status.ts';
import { isRevocationGround, type RevocationGround } from '../registry/revocation-grounds.ts';
import type { RevocationCapacity, RevocationLevel } from './revocation-transitions.ts';

/**
 * Last day to decide: the violation conclusion (or the commune's confirmation that production stopped) plus
 * 15 calendar days, the day of the conclusion not counted (Civil Code 2015 Art. 147(2)).
 */
export const revocationDueOn = (concludedOn: IsoDate): IsoDate => addDays(concludedOn, REVOCATION_DAYS);

/** A case still waiting for a decision after its due day. */
export const isRevocationOverdue = (c: { state: string; dueOn: IsoDate }, today: IsoDate): boolean =>
  c.state === 'proposed' && today > c.dueOn;

/** 5★ certificates are the minister's to revoke; 3★/4★ the provincial chair's. */
export const revocationLevelOf = (stars: number): RevocationLevel => (stars === 5 ? 'central' : 'province');

/** What the actor is to a case in `provinceCode` (empty: the case is outside their role or province). */
export function revocationCapacitiesOf(actor: Actor, provinceCode: string | null): RevocationCapacity[] {
  const inProvince = actor.provinceCode !== null && actor.provinceCode === provinceCode;
  switch (actor.role) {
    case 'province_officer':
      return inProvince ? ['province_office'] : [];
    case 'province_leader':
      return inProvince ? ['province_signer'] : [];
    case 'ministry_admin':
      return ['central_office'];
    case 'ministry_leader':
      return ['central_signer'];
    default:
      return [];
  }
}

/**
 * Who may open a case: the provincial OCOP office for any certificate of its province (a 5★ case then goes
 * to the minister), the ministry's office for 5★ certificates.
 */
export const PROPOSERS: Readonly<Record<RevocationLevel, readonly RevocationCapacity[]>> = {
  province: ['province_office'],
  central: ['province_office', 'central_office'],
};

export const canPropose = (level: RevocationLevel, capacities: readonly RevocationCapacity[]): boolean =>
  PROPOSERS[level].some((c) => capacities.includes(c));

export type ProposalInput = Readonly<{ ground: string; description: string; concludedOn: string }>;
export type RevocableCertificate = Readonly<{
  validFrom: IsoDate;
  validTo: IsoDate;
  revokedOn: IsoDate | null;
  reEvaluationPendingSince: IsoDate | null;
}>;
export type ValidProposal = Readonly<{
  ground: RevocationGround;
  description: string;
  concludedOn: IsoDate;
  dueOn: IsoDate;
}>;

export type ProposalCheck =
  | { ok: true; value: ValidProposal }
  | { ok: false; code: 'VALIDATION_FAILED'; fieldErrors: FieldError[] }
  | { ok: false; code: 'CERTIFICATE_NOT_REVOCABLE'; message: string };

/** Whether a certificate can still be revoked on `today`: not revoked already, not expired. */
function notRevocable(c: RevocableCertificate, today: IsoDate): string | null {
  if (c.revokedOn !== null) return 'Giấy chứng nhận này đã bị thu hồi.';
  const status = certificateStatus(
    {
      validFrom: c.validFrom,
      validTo: c.validTo,
      ...(c.reEvaluationPendingSince ? { reEvaluationPendingSince: c.reEvaluationPendingSince } : {}),
    },
    today,
  );
  if (!status.ok) return status.message;
  return status.value.status === 'expired' ? 'Giấy chứng nhận này đã hết hiệu lực, không cần thu hồi.' : null;
}

/** Validates a proposal against the certificate it targets, on `today`. Pure. */
export function checkProposal(input: ProposalInput, c: RevocableCertificate, today: IsoDate): ProposalCheck {
  const fieldErrors: FieldError[] = [];
  if (!isRevocationGround(input.ground)) {
    fieldErrors.push({ field: 'body.ground', message: 'Chọn một căn cứ của Điều 8: a, b, c, d, dd (đ), e.' });
  }
  const description = input.description.trim();
  if (!description)
    fieldErrors.push({ field: 'body.description', message: 'Cần mô tả vi phạm hoặc sự việc.' });
  const concluded = parseIsoDate(input.concludedOn, 'Ngày kết luận');
  if (!concluded.ok) fieldErrors.push({ field: 'body.concludedOn', message: concluded.message });
  else if (concluded.value > today) {
    fieldErrors.push({ field: 'body.concludedOn', message: 'Ngày kết luận không được sau hôm nay.' });
  }
  if (fieldErrors.length > 0 || !concluded.ok || !isRevocationGround(input.ground)) {
    return { ok: false, code: 'VALIDATION_FAILED', fieldErrors };
  }
  const refusal = notRevocable(c, today);
  if (refusal) return { ok: false, code: 'CERTIFICATE_NOT_REVOCABLE', message: refusal };
  const concludedOn = concluded.value;
  return {
    ok: true,
    value: { ground: input.ground, description, concludedOn, dueOn: revocationDueOn(concludedOn) },
  };
}
