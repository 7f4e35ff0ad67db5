import {
  deleteSupportRow,
  findSupportById,
  updateSupportRow,
} from '../../db/repositories/support.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { SupportKind } from '../../domain/support/support-kinds.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { assertCanManageProvince } from '../sale-points/sale-point-access.ts';
import { loadSupportRecord } from './find-support-records.ts';
import { type SupportInput, supportColumns } from './support-input.ts';
import { type SupportView, toSupportView } from './support-view.ts';

/** Changes a support record of the actor's province (moving it to another producer needs rights there too). */
export async function updateSupportRecord(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: Partial<SupportInput>,
): Promise<SupportView> {
  const current = await loadSupportRecord(deps, id);
  assertCanManageProvince(actor, current.record.provinceCode);
  const { record } = current;
  const merged: SupportInput = {
    ...record,
    kind: record.kind as SupportKind,
    amountVnd: record.amountVnd ?? 0,
    // A new producer drops the old producer's product unless one is given.
    ...(patch.producerId && patch.producerId !== record.producerId ? { productId: null } : {}),
    ...patch,
  };
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { columns } = await supportColumns(tx, merged, vietnamDate(now), record.producerId);
    assertCanManageProvince(actor, columns.provinceCode);
    await updateSupportRow(tx, id, { ...columns, updatedAt: now });
    const saved = await findSupportById(tx, id);
    if (!saved) throw new Error(`support record ${id} vanished`);
    const before = toSupportView(current, deps.adminUnits);
    const after = toSupportView(saved, deps.adminUnits);
    await recordChange(tx, auditActor, now, {
      entity: 'support_record',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

export async function deleteSupportRecord(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<void> {
  const current = await loadSupportRecord(deps, id);
  assertCanManageProvince(actor, current.record.provinceCode);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await deleteSupportRow(tx, id);
    await recordChange(tx, auditActor, now, {
      entity: 'support_record',
      entityId: id,
      action: 'delete',
      before: toSupportView(current, deps.adminUnits),
    });
  });
}
