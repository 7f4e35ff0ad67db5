import type { Tx } from '../../db/client.ts';
import { findDossierById } from '../../db/repositories/dossiers.repository.ts';
import { insertDossierEvidence, listDossierEvidence } from '../../db/repositories/evidence.repository.ts';
import { recordChange } from '../audit/record-change.ts';
import { type AuditActor, SYSTEM_ACTOR } from '../deps.ts';

/**
 * An upgrade or re-evaluation dossier starts from the evidence of the last one: its links are copied
 * (same criterion, same note), except documents archived since and any not of the new dossier's producer.
 * Links the new dossier already has are kept. Returns how many links were added.
 */
export async function copyDossierEvidence(
  tx: Tx,
  fromDossierId: string,
  toDossierId: string,
  now: Date,
  auditActor: AuditActor = SYSTEM_ACTOR,
): Promise<number> {
  const target = await findDossierById(tx, toDossierId);
  if (!target) throw new Error(`dossier ${toDossierId} not found`);
  const links = await listDossierEvidence(tx, fromDossierId);
  const rows = links
    .filter(({ evidence }) => evidence.archivedAt === null && evidence.producerId === target.producerId)
    .map(({ link }) => ({
      dossierId: toDossierId,
      evidenceId: link.evidenceId,
      criterionCode: link.criterionCode,
      note: link.note,
      createdAt: now,
    }));
  const inserted = await insertDossierEvidence(tx, rows);
  if (inserted.length > 0) {
    await recordChange(tx, auditActor, now, {
      entity: 'dossier_evidence',
      entityId: toDossierId,
      action: 'copy',
      after: { fromDossierId, links: inserted },
    });
  }
  return inserted.length;
}
