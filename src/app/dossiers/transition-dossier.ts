import { lockDossier } from '../../db/repositories/dossiers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { applyTransition, type TransitionOutcome } from './apply-transition.ts';
import type { TransitionInput } from './build-facts.ts';

/** Actions that belong to a batch decision and go through the decisions API instead. */
const DECISION_ACTIONS = new Set(['prepare_decision', 'sign']);

/** One workflow action on one dossier, in its own transaction. */
export async function transitionDossier(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  input: TransitionInput,
): Promise<TransitionOutcome> {
  if (DECISION_ACTIONS.has(input.action)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Dự thảo và ký quyết định thực hiện qua mục Quyết định (/api/v1/decisions), cho nhiều hồ sơ một lần.',
      { fieldErrors: [{ field: 'body.action', message: 'Dùng /api/v1/decisions.' }] },
    );
  }
  return deps.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, id);
    if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    return applyTransition(deps, tx, actor, auditActor, dossier, input);
  });
}
