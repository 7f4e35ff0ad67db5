import type { DbOrTx } from '../../db/client.ts';
import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { findDecisionDeadline, listDossierEvidence } from '../../db/repositories/evidence.repository.ts';
import {
  type EvidenceWarning,
  type EvidenceWarningKind,
  evidenceWarning,
  evidenceWarnings,
} from '../../domain/evidence/evidence-warnings.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import { dossierFileUrl, type EvidenceView, toEvidenceView } from './evidence-view.ts';

export type DossierEvidenceItem = {
  evidence: EvidenceView;
  /** The criterion (or section, part) the document supports; null: the dossier as a whole. */
  criterionCode: string | null;
  note: string | null;
  linkedAt: string;
  warning: EvidenceWarningKind | null;
};

export type DossierEvidenceSummary = { items: DossierEvidenceItem[]; warnings: EvidenceWarning[] };

/**
 * The documents a dossier relies on, each with its download route through the dossier, and a warning for
 * each document already expired or lapsing before `decisionDeadline` (null: only expiry is checked).
 */
export async function dossierEvidenceSummary(
  db: DbOrTx,
  dossierId: string,
  decisionDeadline: IsoDate | null,
  today: IsoDate,
): Promise<DossierEvidenceSummary> {
  const rows = await listDossierEvidence(db, dossierId);
  const dates = { decisionDeadline, today };
  const items = rows.map(({ link, evidence }) => ({
    evidence: toEvidenceView(evidence, today, dossierFileUrl(dossierId, evidence.id)),
    criterionCode: link.criterionCode === '' ? null : link.criterionCode,
    note: link.note,
    linkedAt: link.createdAt.toISOString(),
    warning: evidenceWarning(evidence, dates)?.kind ?? null,
  }));
  return {
    items,
    warnings: evidenceWarnings(
      rows.map((r) => r.evidence),
      dates,
    ),
  };
}

/** When the decision on the dossier is due: the latest deadline of its rounds (central too, for 5★). */
export function decisionDeadlineOf(db: DbOrTx, dossier: DossierRow): Promise<IsoDate | null> {
  const roundIds = [dossier.roundId, dossier.centralRoundId].filter((id): id is string => id !== null);
  return findDecisionDeadline(db, roundIds);
}
