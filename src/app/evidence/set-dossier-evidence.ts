import { lockDossier } from '../../db/repositories/dossiers.repository.ts';
import {
  deleteDossierEvidence,
  findProducerEvidence,
  insertDossierEvidence,
  listDossierEvidence,
} from '../../db/repositories/evidence.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  EVIDENCE_EDITOR_CAPACITIES,
  isEvidenceEditable,
} from '../../domain/evidence/dossier-evidence-rules.ts';
import { type IsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { accessTo, loadDossierAccess } from '../dossiers/dossier-access.ts';
import {
  type DossierEvidenceSummary,
  decisionDeadlineOf,
  dossierEvidenceSummary,
} from './dossier-evidence-summary.ts';
import { checkLinks, type DossierEvidenceLinkInput } from './link-dossier-evidence.ts';

export type DossierEvidenceView = DossierEvidenceSummary & { decisionDeadline: IsoDate | null };

const linkKey = (l: { evidenceId: string; criterionCode: string }) => `${l.evidenceId}|${l.criterionCode}`;

/**
 * Replaces the list of documents the dossier relies on, in one transaction: only documents of the dossier's
 * producer, only while the producer is working on the dossier (draft, returned, supplement requested).
 */
export async function setDossierEvidence(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  dossierId: string,
  items: readonly DossierEvidenceLinkInput[],
): Promise<DossierEvidenceView> {
  const now = deps.now();
  const today = vietnamDate(now);
  return deps.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, dossierId);
    if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    const { capacities } = await accessTo(tx, actor, dossier);
    if (!capacities.some((c) => EVIDENCE_EDITOR_CAPACITIES.includes(c))) {
      throw new DomainError(
        'FORBIDDEN',
        'Chỉ chủ thể (hoặc cán bộ xã, tỉnh hỗ trợ) được chọn minh chứng cho hồ sơ.',
      );
    }
    if (!isEvidenceEditable(dossier.state)) {
      throw new DomainError(
        'DOSSIER_NOT_EDITABLE',
        'Chỉ thay đổi minh chứng khi hồ sơ đang soạn, bị xã trả lại hoặc được tỉnh yêu cầu bổ sung.',
        { extensions: { state: dossier.state } },
      );
    }
    const owned = await findProducerEvidence(tx, dossier.producerId, [
      ...new Set(items.map((i) => i.evidenceId)),
    ]);
    const links = checkLinks(dossier, deps.criteriaSets, items, new Map(owned.map((e) => [e.id, e])));
    const before = (await listDossierEvidence(tx, dossierId)).map((r) => r.link);
    const linkedAt = new Map(before.map((l) => [linkKey(l), l.createdAt]));
    await deleteDossierEvidence(tx, dossierId);
    const after = await insertDossierEvidence(
      tx,
      links.map((l) => ({ ...l, dossierId, createdAt: linkedAt.get(linkKey(l)) ?? now })),
    );
    await recordChange(tx, auditActor, now, {
      entity: 'dossier_evidence',
      entityId: dossierId,
      action: 'replace',
      before,
      after,
    });
    const decisionDeadline = await decisionDeadlineOf(tx, dossier);
    return { decisionDeadline, ...(await dossierEvidenceSummary(tx, dossierId, decisionDeadline, today)) };
  });
}

/** The documents the dossier relies on and their warnings, for anyone who may see the dossier. */
export async function getDossierEvidence(
  deps: AppDeps,
  actor: Actor,
  dossierId: string,
): Promise<DossierEvidenceView> {
  const { dossier } = await loadDossierAccess(deps.db, actor, dossierId);
  const decisionDeadline = await decisionDeadlineOf(deps.db, dossier);
  const today = vietnamDate(deps.now());
  return { decisionDeadline, ...(await dossierEvidenceSummary(deps.db, dossierId, decisionDeadline, today)) };
}
