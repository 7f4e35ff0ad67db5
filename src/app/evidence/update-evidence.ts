import { type EvidenceRow, updateEvidenceRow } from '../../db/repositories/evidence.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadEvidence } from './evidence-access.ts';
import { assertCoherentDates, type EvidenceMetadata, evidenceFieldsOf } from './evidence-metadata.ts';
import { type EvidenceView, toEvidenceView } from './evidence-view.ts';

/** Fields left out stay as they are; null clears an optional one. */
export type EvidenceChanges = Partial<EvidenceMetadata>;

function mergeChanges(evidence: EvidenceRow, changes: EvidenceChanges): EvidenceMetadata {
  const keep = <K extends keyof EvidenceChanges>(key: K, current: EvidenceChanges[K]) =>
    changes[key] === undefined ? current : changes[key];
  return {
    type: changes.type ?? (evidence.type as EvidenceMetadata['type']),
    title: changes.title ?? evidence.title,
    number: keep('number', evidence.number),
    issuer: keep('issuer', evidence.issuer),
    issuedOn: keep('issuedOn', evidence.issuedOn),
    validFrom: keep('validFrom', evidence.validFrom),
    validTo: keep('validTo', evidence.validTo),
  };
}

/** Corrects what is recorded about a document (the file itself never changes: upload a new one). */
export async function updateEvidence(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  changes: EvidenceChanges,
): Promise<EvidenceView> {
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const { evidence } = await loadEvidence(tx, actor, id, 'write');
    if (evidence.archivedAt) {
      throw new DomainError('ARCHIVED', 'Tài liệu đã được lưu trữ, không sửa được.');
    }
    const fields = evidenceFieldsOf(mergeChanges(evidence, changes));
    assertCoherentDates(fields, 'body');
    const updated = await updateEvidenceRow(tx, id, { ...fields, updatedAt: now });
    await recordChange(tx, auditActor, now, {
      entity: 'evidence_document',
      entityId: id,
      action: 'update',
      before: evidence,
      after: updated,
    });
    return updated;
  });
  return toEvidenceView(row, vietnamDate(now));
}

/**
 * Takes a document out of the wallet (soft: `archived_at`). The file stays, so dossiers that already rely
 * on it keep showing it; it is no longer offered for new dossiers. Archiving twice changes nothing.
 */
export async function archiveEvidence(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<EvidenceView> {
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const { evidence } = await loadEvidence(tx, actor, id, 'write');
    if (evidence.archivedAt) return evidence;
    const archived = await updateEvidenceRow(tx, id, { archivedAt: now, updatedAt: now });
    await recordChange(tx, auditActor, now, {
      entity: 'evidence_document',
      entityId: id,
      action: 'archive',
      before: evidence,
      after: archived,
    });
    return archived;
  });
  return toEvidenceView(row, vietnamDate(now));
}
