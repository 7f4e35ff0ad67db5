import type { Tx } from '../../db/client.ts';
import type { CertificateRow } from '../../db/repositories/products.repository.ts';
import {
  lockCertificateForRevocation,
  lockRevocation,
  type RevocationRow,
} from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import { revocationCapacitiesOf } from '../../domain/revocation/revocation-rules.ts';
import {
  planRevocationStep,
  REVOCATION_ACTION_LABELS,
  REVOCATION_STATE_LABELS,
  type RevocationAction,
  type RevocationFacts,
  type RevocationState,
} from '../../domain/revocation/revocation-transitions.ts';
import { assertSeesRevocation } from './load-revocation.ts';

export type RevocationStep = Readonly<{
  before: RevocationRow;
  certificate: CertificateRow;
  to: RevocationState;
}>;

export type StepRequest = Pick<RevocationFacts, 'decisionNumber' | 'decidedOn' | 'reason'>;

/**
 * Locks the case and its certificate and checks the step against the transition table: 404 / 403 (scope,
 * or not the signer of this level) / 409 INVALID_TRANSITION with the state and allowed actions / the guard's
 * error. Returns what the use case needs to apply it.
 */
export async function beginRevocationStep(
  tx: Tx,
  actor: Actor,
  id: string,
  action: RevocationAction,
  request: StepRequest,
  today: IsoDate,
): Promise<RevocationStep> {
  const before = await lockRevocation(tx, id);
  if (!before) throw new DomainError('REVOCATION_NOT_FOUND', 'Không tìm thấy hồ sơ thu hồi.');
  const capacities = revocationCapacitiesOf(actor, before.provinceCode);
  assertSeesRevocation(capacities);
  const certificate = await lockCertificateForRevocation(tx, before.certificateId);
  if (!certificate) throw new Error(`revocation ${id} has no certificate ${before.certificateId}`);
  const facts = {
    ...request,
    concludedOn: before.concludedOn,
    certificateValidFrom: certificate.validFrom,
    today,
  };
  const plan = planRevocationStep(before.state, before.level, action, capacities, facts);
  if (plan.ok) return { before, certificate, to: plan.to };
  switch (plan.kind) {
    case 'forbidden':
      throw new DomainError(
        'FORBIDDEN',
        before.level === 'central'
          ? 'Thu hồi giấy chứng nhận OCOP 5 sao do Bộ trưởng quyết định.'
          : 'Thu hồi giấy chứng nhận OCOP 3–4 sao do Chủ tịch UBND tỉnh quyết định.',
      );
    case 'illegal':
      throw new DomainError(
        'INVALID_TRANSITION',
        `Hồ sơ thu hồi ${REVOCATION_STATE_LABELS[plan.state]}: không thể ${REVOCATION_ACTION_LABELS[action]} nữa.`,
        {
          extensions: { state: plan.state, allowedActions: plan.allowedActions },
        },
      );
    case 'guard': {
      const { code, message, field } = plan.failure;
      throw new DomainError(code, message, field ? { fieldErrors: [{ field, message }] } : {});
    }
  }
}
