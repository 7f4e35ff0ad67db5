import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../db/client.ts';
import {
  type EvidenceRow,
  findEvidenceBySha256,
  insertEvidence,
  lockProducerWallet,
  updateEvidenceRow,
} from '../../db/repositories/evidence.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { sniffEvidenceFile } from '../../domain/evidence/file-kind.ts';
import { evidenceFileName } from '../../domain/evidence/file-name.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadWalletProducer } from './evidence-access.ts';
import { evidenceFilesOf } from './evidence-files.ts';
import { assertCoherentDates, type EvidenceMetadata, evidenceFieldsOf } from './evidence-metadata.ts';
import { type EvidenceView, toEvidenceView } from './evidence-view.ts';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export type UploadEvidenceInput = EvidenceMetadata & { fileName?: string | undefined; bytes: Buffer };

/** `isNew` false: the producer already had this exact file (same sha256); that record is returned. */
export type UploadEvidenceResult = { evidence: EvidenceView; isNew: boolean };

/** The same file uploaded again is not stored twice; one archived earlier comes back to the wallet. */
async function reuse(tx: Tx, auditActor: AuditActor, now: Date, existing: EvidenceRow): Promise<EvidenceRow> {
  if (existing.archivedAt === null) return existing;
  const restored = await updateEvidenceRow(tx, existing.id, { archivedAt: null, updatedAt: now });
  await recordChange(tx, auditActor, now, {
    entity: 'evidence_document',
    entityId: existing.id,
    action: 'restore',
    before: existing,
    after: restored,
  });
  return restored;
}

export async function uploadEvidence(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  producerId: string,
  input: UploadEvidenceInput,
): Promise<UploadEvidenceResult> {
  const producer = await loadWalletProducer(deps.db, actor, producerId, 'write');
  if (producer.archivedAt) throw new DomainError('ARCHIVED', 'Chủ thể đã được lưu trữ.');
  const fields = evidenceFieldsOf(input);
  assertCoherentDates(fields, 'querystring');
  const { bytes } = input;
  if (bytes.length === 0) throw new DomainError('VALIDATION_FAILED', 'Chưa có nội dung tệp.');
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', 'Tệp lớn hơn 20 MB.');
  const kind = sniffEvidenceFile(bytes);
  if (!kind) {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Chỉ nhận tệp PDF, ảnh JPEG/PNG hoặc văn bản Word, Excel, PowerPoint, OpenDocument.',
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const now = deps.now();
  const today = vietnamDate(now);
  const known = await findEvidenceBySha256(deps.db, producerId, sha256);
  if (known) {
    const row = await deps.db.transaction((tx) => reuse(tx, auditActor, now, known));
    return { evidence: toEvidenceView(row, today), isNew: false };
  }

  const files = evidenceFilesOf(deps);
  const storageKey = randomBytes(24).toString('hex');
  await files.put(storageKey, bytes);
  try {
    const result = await deps.db.transaction(async (tx) => {
      await lockProducerWallet(tx, producerId);
      const raced = await findEvidenceBySha256(tx, producerId, sha256);
      if (raced) return { row: await reuse(tx, auditActor, now, raced), isNew: false };
      const row = await insertEvidence(tx, {
        producerId,
        ...fields,
        storageKey,
        fileName: evidenceFileName(input.fileName, fields.title, kind),
        mimeType: kind.mimeType,
        sizeBytes: bytes.length,
        sha256,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      await recordChange(tx, auditActor, now, {
        entity: 'evidence_document',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return { row, isNew: true };
    });
    if (!result.isNew) await files.remove(storageKey);
    return { evidence: toEvidenceView(result.row, today), isNew: result.isNew };
  } catch (error) {
    await files.remove(storageKey);
    throw error;
  }
}
