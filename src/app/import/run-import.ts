import type { DbOrTx } from '../../db/client.ts';
import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import {
  type ImportBatchRow,
  insertCertificatesBulk,
  insertProducersBulk,
  insertProductsBulk,
  loadImportCandidates,
  setProductSets,
  updateImportBatch,
} from '../../db/repositories/imports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ColumnMapping } from '../../domain/import/columns.ts';
import { parseSheet } from '../../domain/import/parse-sheet.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadImportBatch } from './find-import.ts';
import { type ImportBatchView, toImportBatchView } from './import-batch-view.ts';
import type { ImportJobs } from './import-jobs.ts';
import { summarise } from './import-types.ts';
import { type ImportPlan, planImport } from './plan-import.ts';

/** Plans the batch against the registry as it is now (read through `db`: the commit's transaction). */
async function buildPlan(deps: AppDeps, db: DbOrTx, batch: ImportBatchRow): Promise<ImportPlan> {
  const parsed = parseSheet(batch.rows, batch.mapping as ColumnMapping);
  if (!parsed) throw new DomainError('IMPORT_NO_COLUMNS', 'Không nhận ra dòng tiêu đề của tệp.');
  if (parsed.missingRequired.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Chưa ghép cột bắt buộc: ${parsed.missingRequired.join(', ')}.`,
    );
  }
  return planImport(parsed.rows, (communes, taxCodes) => loadImportCandidates(db, communes, taxCodes), {
    units: deps.adminUnits,
    mapping: parsed.mapping,
    resolutions: batch.resolutions,
    defaultProvinceCode: batch.defaultProvinceCode,
    scopeProvinceCode: batch.scopeProvinceCode,
    createdBy: batch.createdBy,
  });
}

function assertIdle(jobs: ImportJobs, batch: ImportBatchRow): void {
  if (jobs.isRunning(batch.id))
    throw new DomainError('VALIDATION_FAILED', 'Lần nhập đang chạy, vui lòng đợi.');
  if (batch.status === 'committed') throw new DomainError('VALIDATION_FAILED', 'Lần nhập này đã ghi vào sổ.');
}

async function fail(deps: AppDeps, id: string, error: unknown): Promise<void> {
  const message =
    error instanceof DomainError ? error.detail : 'Lỗi hệ thống khi nhập; không có dữ liệu nào được ghi.';
  await updateImportBatch(deps.db, id, { status: 'failed', error: message });
}

/** Dry run in the background: every row's outcome and the counts; nothing is written to the registry. */
export async function previewImport(
  deps: AppDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  id: string,
  resolutions: Record<string, string> = {},
): Promise<{ view: ImportBatchView; done: Promise<void> }> {
  const batch = await loadImportBatch(deps.db, actor, id);
  assertIdle(jobs, batch);
  const merged = { ...batch.resolutions, ...resolutions };
  await updateImportBatch(deps.db, id, { status: 'previewing', resolutions: merged, error: null });
  const started = { ...batch, status: 'previewing', resolutions: merged };
  const done = jobs.start(
    id,
    batch.rows.length,
    async (report) => {
      const plan = await buildPlan(deps, deps.db, started);
      report(batch.rows.length);
      const summary = summarise(plan.rows, {
        producers: plan.producers.length,
        products: plan.products.length,
        certificates: plan.certificates.length,
      });
      await updateImportBatch(deps.db, id, { status: 'previewed', outcomes: plan.rows, summary });
    },
    (error) => fail(deps, id, error),
  );
  return { view: toImportBatchView(started, jobs), done };
}

/**
 * Writes the planned records in ONE transaction (all or nothing), re-planned against the registry as it is
 * now; rows with errors or without a chosen commune are skipped and reported. Re-running changes nothing.
 */
export async function commitImport(
  deps: AppDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  auditActor: AuditActor,
  id: string,
): Promise<{ view: ImportBatchView; done: Promise<void> }> {
  const batch = await loadImportBatch(deps.db, actor, id);
  assertIdle(jobs, batch);
  if (batch.status !== 'previewed')
    throw new DomainError('VALIDATION_FAILED', 'Hãy xem trước trước khi ghi vào sổ.');
  await updateImportBatch(deps.db, id, { status: 'committing', error: null });
  const started = { ...batch, status: 'committing' };
  const done = jobs.start(
    id,
    batch.rows.length,
    async (report) => {
      const now = deps.now();
      await deps.db.transaction(async (tx) => {
        const plan = await buildPlan(deps, tx, started);
        const stamp = <T>(rows: T[]) => rows.map((r) => ({ ...r, createdAt: now, updatedAt: now }));
        report(Math.round(batch.rows.length * 0.3));
        await insertProducersBulk(tx, stamp(plan.producers));
        report(Math.round(batch.rows.length * 0.5));
        await insertProductsBulk(tx, stamp(plan.products));
        report(Math.round(batch.rows.length * 0.8));
        await insertCertificatesBulk(tx, stamp(plan.certificates));
        await refreshCurrentCertificates(
          tx,
          plan.certificates.map((c) => c.productId),
        );
        await setProductSets(
          tx,
          plan.productSetUpdates.map((u) => ({ ...u, at: now })),
        );
        const summary = summarise(plan.rows, {
          producers: plan.producers.length,
          products: plan.products.length,
          certificates: plan.certificates.length,
        });
        await recordChange(tx, auditActor, now, {
          entity: 'import_batch',
          entityId: id,
          action: 'commit',
          after: {
            fileName: batch.fileName,
            fileSha256: batch.fileSha256,
            summary,
            producerIds: plan.producers.map((p) => p.id),
            productIds: plan.products.map((p) => p.id),
            productSetUpdates: plan.productSetUpdates,
          },
        });
        await updateImportBatch(tx, id, {
          status: 'committed',
          outcomes: plan.rows,
          summary,
          committedAt: now,
        });
      });
      report(batch.rows.length);
    },
    (error) => fail(deps, id, error),
  );
  return { view: toImportBatchView(started, jobs), done };
}
