import { randomUUID } from 'node:crypto';
import { findSupportById, insertSupport } from '../../db/repositories/support.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { assertCanManageProvince } from '../sale-points/sale-point-access.ts';
import { type SupportInput, supportColumns } from './support-input.ts';
import { type SupportView, toSupportView } from './support-view.ts';

/** Records support given to a producer of the actor's province (the ministry: any). */
export async function createSupportRecord(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: SupportInput,
): Promise<SupportView> {
  const now = deps.now();
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    const { columns } = await supportColumns(tx, input, vietnamDate(now));
    assertCanManageProvince(actor, columns.provinceCode);
    await insertSupport(tx, { ...columns, id, createdBy: actor.id, createdAt: now, updatedAt: now });
    const saved = await findSupportById(tx, id);
    if (!saved) throw new Error(`support record ${id} vanished`);
    const view = toSupportView(saved, deps.adminUnits);
    await recordChange(tx, auditActor, now, {
      entity: 'support_record',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
