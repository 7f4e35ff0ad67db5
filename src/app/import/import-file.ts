import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadImportBatch } from './find-import.ts';
import type { ImportSummary } from './import-types.ts';
import { commitImport, previewImport } from './run-import.ts';
import { setImportMapping } from './set-import-mapping.ts';
import { uploadImport } from './upload-import.ts';

/**
 * The whole import in one call, for the CLI and the demo seed: upload, guessed mapping, preview, and
 * (unless `dryRun`) commit. Rows needing a person's choice are skipped: no one is there to choose.
 */
export async function importFile(
  deps: AppDeps,
  actor: Actor | null,
  auditActor: AuditActor,
  file: { name: string; bytes: Buffer },
  options: { dryRun: boolean; defaultProvinceCode?: string | null },
): Promise<{ batchId: string; summary: ImportSummary; committed: boolean }> {
  const jobs = deps.importJobs;
  const uploaded = await uploadImport(deps, jobs, actor, auditActor, file);
  if (options.defaultProvinceCode) {
    await setImportMapping(deps, jobs, actor, uploaded.id, {
      mapping: uploaded.mapping,
      defaultProvinceCode: options.defaultProvinceCode,
    });
  }
  await (await previewImport(deps, jobs, actor, uploaded.id)).done;
  if (!options.dryRun) await (await commitImport(deps, jobs, actor, auditActor, uploaded.id)).done;
  const batch = await loadImportBatch(deps.db, actor, uploaded.id);
  if (batch.status === 'failed') throw new DomainError('VALIDATION_FAILED', batch.error ?? 'Nhập thất bại.');
  return {
    batchId: batch.id,
    summary: batch.summary as ImportSummary,
    committed: batch.status === 'committed',
  };
}
