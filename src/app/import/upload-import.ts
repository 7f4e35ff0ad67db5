import { createHash } from 'node:crypto';
import { insertImportBatch } from '../../db/repositories/imports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseSheet } from '../../domain/import/parse-sheet.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type ImportBatchView, toImportBatchView } from './import-batch-view.ts';
import type { ImportJobs } from './import-jobs.ts';
import { readSheet } from './read-sheet.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Reads an uploaded .xlsx/.csv, finds its header row and guesses the column mapping. Nothing reaches the
 * registry yet: the batch waits for a preview. A file that is not a spreadsheet, or has no recognisable
 * column, is refused with one clear error and nothing is stored.
 */
export async function uploadImport(
  deps: AppDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  auditActor: AuditActor,
  file: { name: string; bytes: Buffer },
): Promise<ImportBatchView> {
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const { rows } = await readSheet(file.bytes, file.name);
  const parsed = parseSheet(rows);
  if (!parsed) {
    throw new DomainError(
      'IMPORT_NO_COLUMNS',
      'Không nhận ra dòng tiêu đề (ví dụ "Tên sản phẩm", "Tên chủ thể", "Xã", "Huyện", "Tỉnh", "Hạng sao") trong 15 dòng đầu.',
    );
  }
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const batch = await insertImportBatch(tx, {
      createdBy: actor?.id ?? null,
      createdByLabel: auditActor.label,
      scopeProvinceCode: actor?.role === 'province_officer' ? actor.provinceCode : null,
      fileName: file.name.slice(0, 300),
      fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
      fileSize: file.bytes.length,
      status: 'uploaded',
      headerRowIndex: parsed.headerIndex,
      rows,
      mapping: parsed.mapping,
      defaultProvinceCode: actor?.provinceCode ?? null,
      createdAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'import_batch',
      entityId: batch.id,
      action: 'upload',
      after: { fileName: batch.fileName, fileSha256: batch.fileSha256, rows: rows.length },
    });
    return batch;
  });
  return toImportBatchView(row, jobs);
}
