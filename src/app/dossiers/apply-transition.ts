import type { Tx } from '../../db/client.ts';
import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import {
  type DossierEventRow,
  type DossierRow,
  insertDossierEvent,
  type NewDossierRow,
  updateDossier,
} from '../../db/repositories/dossiers.repository.ts';
import { updateCertificateRow } from '../../db/repositories/products.repository.ts';
import { findRound, nextOpenCentralRound } from '../../db/repositories/rounds.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { DOSSIER_ACTION_LABELS } from '../../domain/workflow/action-labels.ts';
import { planTransition } from '../../domain/workflow/dossier-machine.ts';
import { DOSSIER_STATE_LABELS, isTerminal } from '../../domain/workflow/dossier-states.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { buildFacts, type TransitionInput } from './build-facts.ts';
import { accessTo } from './dossier-access.ts';
import { notifyDossierTransition } from './notify-transition.ts';
import { transitionEffects } from './transition-effects.ts';

export type TransitionOutcome = Readonly<{ dossier: DossierRow; event: DossierEventRow }>;

/** Keeps the certificate under re-evaluation `extended` while the dossier is pending (Art. 12). */
async function syncReEvaluationPending(tx: Tx, before: DossierRow, after: DossierRow, today: string) {
  if (after.registrationType !== 're_evaluation' || !after.baseCertificateId) return;
  const pendingStarts = before.state === 'draft' && after.state === 'commune_review';
  const pendingEnds = isTerminal(after.state) && after.state !== 'recognised';
  if (!pendingStarts && !pendingEnds) return;
  await updateCertificateRow(tx, after.baseCertificateId, {
    reEvaluationPendingSince: pendingStarts ? today : null,
  });
  await refreshCurrentCertificates(tx, [after.productId]);
}

/**
 * One step of the workflow inside the caller's transaction, on a locked dossier row: checks the table, the
 * guards and the actor's capacity, writes the new state with its due date, the timeline event, the audit
 * entry and the notifications. `extra` lets a batch (signing a decision) add columns of its own.
 */
export async function applyTransition(
  deps: AppDeps,
  tx: Tx,
  actor: Actor,
  auditActor: AuditActor,
  dossier: DossierRow,
  input: TransitionInput,
  extra: Partial<NewDossierRow> = {},
): Promise<TransitionOutcome> {
  const access = await accessTo(tx, actor, dossier);
  const facts = await buildFacts(deps, tx, dossier, input);
  const plan = planTransition(dossier.state, input.action, access.capacities, facts);
  if (!plan.ok && plan.kind === 'illegal') {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể "${DOSSIER_ACTION_LABELS[input.action].vi}" khi hồ sơ đang ở bước "${DOSSIER_STATE_LABELS[dossier.state].vi}".`,
      { extensions: { state: plan.state, allowedActions: plan.allowedActions } },
    );
  }
  if (!plan.ok) throw new DomainError(plan.failure.code, plan.failure.message);
  const now = deps.now();
  const today = vietnamDate(now);
  const round = await findRound(tx, dossier.roundId);
  // A nomination joins the ministry's next open 5★ round (its decision deadline becomes the due date).
  const centralRound =
    plan.to === 'central_review' && !dossier.centralRoundId
      ? await nextOpenCentralRound(tx, today)
      : await findRound(tx, dossier.centralRoundId);
  const changes = transitionEffects({
    dossier,
    to: plan.to,
    input,
    facts,
    today,
    calendar: deps.calendar,
    round,
    centralRound,
  });
  const roundLink = centralRound && !dossier.centralRoundId ? { centralRoundId: centralRound.id } : {};
  const updated = await updateDossier(tx, dossier.id, { ...changes, ...roundLink, ...extra, updatedAt: now });
  const event = await insertDossierEvent(tx, {
    dossierId: dossier.id,
    action: input.action,
    fromState: dossier.state,
    toState: updated.state,
    actorId: auditActor.id,
    actorLabel: auditActor.label,
    note: input.reason?.trim() || null,
    dueOn: updated.dueOn,
    at: now,
  });
  await syncReEvaluationPending(tx, dossier, updated, today);
  await recordChange(tx, auditActor, now, {
    entity: 'dossier',
    entityId: dossier.id,
    action: `transition:${input.action}`,
    before: dossier,
    after: updated,
  });
  await notifyDossierTransition(deps, tx, updated, event);
  return { dossier: updated, event };
}
