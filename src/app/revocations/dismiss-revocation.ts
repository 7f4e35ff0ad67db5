import { updateRevocation } from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadRevocationView } from './load-revocation.ts';
import { beginRevocationStep } from './revocation-step.ts';
import type { RevocationView } from './revocation-view.ts';

/** The signer decides not to revoke, with the reason; the certificate is untouched. */
export async function dismissRevocation(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  reason: string,
): Promise<RevocationView> {
  const now = deps.now();
  const today = vietnamDate(now);
  return deps.db.transaction(async (tx) => {
    const request = { decisionNumber: null, decidedOn: null, reason };
    const { before, to } = await beginRevocationStep(tx, actor, id, 'dismiss', request, today);
    const after = await updateRevocation(tx, id, {
      state: to,
      decidedOn: today,
      decidedBy: actor.id,
      decisionNote: reason.trim(),
      updatedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'revocation',
      entityId: id,
      action: 'dismiss',
      before,
      after,
    });
    return loadRevocationView(tx, actor, id, today);
  });
}
