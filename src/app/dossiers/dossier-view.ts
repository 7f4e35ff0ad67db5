import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { findDossierById, listDossierEvents } from '../../db/repositories/dossiers.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findProductById } from '../../db/repositories/products.repository.ts';
import { findRound } from '../../db/repositories/rounds.repository.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { workingDaysBetween } from '../../domain/calendar/working-days.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { allowedActions } from '../../domain/workflow/dossier-machine.ts';
import { DOSSIER_STATE_LABELS, isTerminal } from '../../domain/workflow/dossier-states.ts';
import { councilWorkView } from '../council-work/council-work-view.ts';
import type { AppDeps } from '../deps.ts';
import { type DossierAccess, loadDossierAccess } from './dossier-access.ts';
import { dossierChanges } from './dossier-changes.ts';
import { missingItemsForSubmission } from './dossier-completeness.ts';
import { PRODUCER_EDITABLE } from './edit-dossier.ts';
import { communeAddress } from './unit-names.ts';

const num = (v: string | null) => (v === null ? null : Number(v));

/** While the producer may still edit: what is left to fill in (Vietnamese, and both languages). */
function missingOf(deps: AppDeps, dossier: DossierAccess['dossier']) {
  const items = PRODUCER_EDITABLE.includes(dossier.state) ? missingItemsForSubmission(deps, dossier) : [];
  return { missing: items.map((item) => item.vi), missingItems: items };
}

export async function dossierViewOf(deps: AppDeps, db: DbOrTx, actor: Actor, access: DossierAccess) {
  const { dossier } = access;
  const today = vietnamDate(deps.now());
  const product = await findProductById(db, dossier.productId);
  const producer = await findProducerById(db, dossier.producerId);
  const round = await findRound(db, dossier.roundId);
  const previous = dossier.previousDossierId
    ? await findDossierById(db, dossier.previousDossierId)
    : undefined;
  const events = await listDossierEvents(db, dossier.id);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const names = new Map(
    (actorIds.length > 0
      ? await db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, actorIds))
      : []
    ).map((u) => [u.id, u.name]),
  );
  const council = {
    province: await councilWorkView(deps, db, actor, access, 'province'),
    central: await councilWorkView(deps, db, actor, access, 'central'),
  };
  const overdue = !isTerminal(dossier.state) && dossier.dueOn !== null && dossier.dueOn < today;
  return {
    id: dossier.id,
    code: dossier.code,
    state: dossier.state,
    stateLabel: DOSSIER_STATE_LABELS[dossier.state],
    registrationType: dossier.registrationType,
    product: { id: dossier.productId, name: product?.name ?? '', slug: product?.slug ?? null },
    producer: { id: dossier.producerId, name: producer?.name ?? '' },
    provinceCode: dossier.provinceCode,
    communeCode: dossier.communeCode,
    address: communeAddress(deps.adminUnits, dossier.communeCode),
    round: round
      ? {
          id: round.id,
          name: round.name,
          intakeDeadline: round.intakeDeadline,
          decisionDeadline: round.decisionDeadline,
        }
      : null,
    criteriaSetId: dossier.criteriaSetId,
    productSetId: dossier.productSetId,
    form01: dossier.form01,
    form02: dossier.form02,
    form03: dossier.form03,
    selfAssessment: dossier.selfAssessment,
    selfTotal: num(dossier.selfTotal),
    selfStars: dossier.selfStars,
    ...missingOf(deps, dossier),
    councilMode: dossier.councilMode,
    scoringPass: dossier.scoringPass,
    resultTotal: num(dossier.resultTotal),
    resultStars: dossier.resultStars,
    centralTotal: num(dossier.centralTotal),
    centralStars: dossier.centralStars,
    isNominated: dossier.isNominated,
    decisionId: dossier.decisionId,
    centralDecisionId: dossier.centralDecisionId,
    certificateId: dossier.certificateId,
    baseCertificateId: dossier.baseCertificateId,
    previousDossierId: dossier.previousDossierId,
    lastReason: dossier.lastReason,
    submittedOn: dossier.submittedOn,
    completeOn: dossier.completeOn,
    dueOn: dossier.dueOn,
    isOverdue: overdue,
    workingDaysLeft:
      dossier.dueOn && !isTerminal(dossier.state)
        ? workingDaysBetween(deps.calendar, today, dossier.dueOn)
        : null,
    capacities: [...access.capacities],
    allowedActions: allowedActions(dossier.state, access.capacities),
    timeline: events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      actorLabel: e.actorLabel,
      actorName: (e.actorId && names.get(e.actorId)) || e.actorLabel,
      note: e.note,
      dueOn: e.dueOn,
      at: e.at.toISOString(),
    })),
    council,
    changes: previous ? dossierChanges(previous, dossier) : null,
    version: dossier.version,
    createdAt: dossier.createdAt.toISOString(),
    updatedAt: dossier.updatedAt.toISOString(),
  };
}

export type DossierView = Awaited<ReturnType<typeof dossierViewOf>>;

export async function getDossier(deps: AppDeps, actor: Actor, id: string): Promise<DossierView> {
  const access = await loadDossierAccess(deps.db, actor, id);
  return dossierViewOf(deps, deps.db, actor, access);
}
