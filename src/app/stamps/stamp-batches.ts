import {
  findStampBatchDetail,
  listStampBatches,
  lockStampBatch,
  type StampBatchRow,
  updateStampBatch,
} from '../../db/repositories/stamps.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { assertOfficeCovers, listProvinceOf } from './stamp-access.ts';
import { type StampBatchView, toStampBatchView } from './stamp-batch-view.ts';

export type StampBatchSearch = {
  productId?: string | undefined;
  province?: string | undefined;
  status?: StampBatchRow['status'] | undefined;
  page: number;
  pageSize: number;
};

/** Batches in the actor's province (the ministry: all, or the province asked for), newest first. */
export async function findStampBatches(
  deps: AppDeps,
  actor: Actor,
  search: StampBatchSearch,
): Promise<{ items: StampBatchView[]; total: number }> {
  const { rows, total } = await listStampBatches(deps.db, {
    provinceCode: listProvinceOf(actor, search.province),
    productId: search.productId,
    status: search.status,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: rows.map(toStampBatchView), total };
}

export async function getStampBatch(deps: AppDeps, actor: Actor, id: string): Promise<StampBatchView> {
  const detail = await findStampBatchDetail(deps.db, id);
  if (!detail) throw new DomainError('STAMP_BATCH_NOT_FOUND', 'Không tìm thấy lô tem.');
  assertOfficeCovers(actor, detail.batch.provinceCode);
  return toStampBatchView(detail);
}

type BatchChange = { action: 'print' | 'void'; printedOn?: string | undefined; reason?: string | undefined };

async function changeBatch(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  change: BatchChange,
): Promise<StampBatchView> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await lockStampBatch(tx, id);
    if (!before) throw new DomainError('STAMP_BATCH_NOT_FOUND', 'Không tìm thấy lô tem.');
    assertOfficeCovers(actor, before.provinceCode);
    if (before.status === 'void') throw new DomainError('STAMP_BATCH_VOID', 'Lô tem này đã bị hủy.');
    const patch =
      change.action === 'print'
        ? { status: 'printed' as const, printedOn: change.printedOn ?? vietnamDate(now) }
        : {
            status: 'void' as const,
            note: [before.note, `Hủy lô: ${change.reason ?? ''}`.trim()].filter(Boolean).join('\n'),
          };
    const after = await updateStampBatch(tx, id, { ...patch, updatedAt: now });
    await recordChange(tx, auditActor, now, {
      entity: 'stamp_batch',
      entityId: id,
      action: change.action,
      before,
      after,
    });
  });
  return getStampBatch(deps, actor, id);
}

/** The office records the day the sheets were printed (default today). */
export const markStampBatchPrinted = (
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  printedOn?: string,
) => changeBatch(deps, actor, auditActor, id, { action: 'print', printedOn });

/**
 * Voids a batch (sheets lost, stolen or misprinted): its codes then verify as "void" (within the cache's few
 * seconds). Its serials are not reused; its stamps no longer count against the quota.
 */
export const voidStampBatch = (
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  reason: string,
) => changeBatch(deps, actor, auditActor, id, { action: 'void', reason });
