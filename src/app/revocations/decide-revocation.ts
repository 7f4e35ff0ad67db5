import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import { updateCertificateRow } from '../../db/repositories/products.repository.ts';
import { updateRevocation } from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { enqueueCertificateEvent } from '../marketplace/enqueue-webhooks.ts';
import { loadRevocationView } from './load-revocation.ts';
import { notifyRevocation } from './notify-revocation.ts';
import { beginRevocationStep } from './revocation-step.ts';
import type { RevocationView } from './revocation-view.ts';

export type RevocationDecision = {
  decisionNumber: string;
  /** Day the decision was signed: the certificate is revoked from that day. */
  decidedOn: string;
  note?: string | null | undefined;
};

/**
 * The signer revokes the certificate: the case, the certificate (revoked_on, ground) and the product's
 * copied current status change in one transaction, so public lists and pages show it at once.
 */
export async function decideRevocation(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  input: RevocationDecision,
): Promise<RevocationView> {
  const now = deps.now();
  const today = vietnamDate(now);
  return deps.db.transaction(async (tx) => {
    const request = { decisionNumber: input.decisionNumber, decidedOn: input.decidedOn, reason: null };
    const { before, certificate, to } = await beginRevocationStep(tx, actor, id, 'revoke', request, today);
    if (certificate.revokedOn !== null) {
      throw new DomainError(
        'CERTIFICATE_NOT_REVOCABLE',
        'Giấy chứng nhận này đã bị thu hồi theo quyết định khác.',
      );
    }
    const after = await updateRevocation(tx, id, {
      state: to,
      decisionNumber: input.decisionNumber.trim(),
      decidedOn: input.decidedOn,
      decidedBy: actor.id,
      decisionNote: input.note?.trim() || null,
      updatedAt: now,
    });
    const revoked = await updateCertificateRow(tx, certificate.id, {
      revokedOn: input.decidedOn,
      revocationGround: before.ground,
      updatedAt: now,
    });
    await refreshCurrentCertificates(tx, [before.productId]);
    await enqueueCertificateEvent(deps, tx, now, {
      event: 'certificate.revoked',
      productId: before.productId,
      certificateId: certificate.id,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'revocation',
      entityId: id,
      action: 'revoke',
      before,
      after,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'certificate',
      entityId: certificate.id,
      action: 'revoke',
      before: certificate,
      after: revoked,
    });
    const view = await loadRevocationView(tx, actor, id, today);
    await notifyRevocation(deps, tx, view);
    return view;
  });
}
