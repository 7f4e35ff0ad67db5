import {
  findProducerById,
  findProducerLookalikes,
  updateProducerRow,
} from '../../db/repositories/producers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord } from '../../domain/registry/record-access.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type ProducerInput, producerColumns } from './producer-input.ts';
import { type ProducerView, toProducerView } from './producer-view.ts';

export type ProducerPatch = Partial<ProducerInput> & { isArchived?: boolean | undefined };

async function loadForChange(deps: AppDeps, actor: Actor, id: string) {
  const existing = await findProducerById(deps.db, id);
  if (!existing) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.');
  assertCanAccessRecord(actor, { ...existing, producerId: existing.id });
  if (actor.role === 'council_member')
    throw new DomainError('FORBIDDEN', 'Thành viên hội đồng chỉ xem hồ sơ.');
  return existing;
}

/** Edits a producer (a producer account its own record), or archives / restores it. */
export async function updateProducer(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: ProducerPatch,
): Promise<ProducerView> {
  const existing = await loadForChange(deps, actor, id);
  const before = toProducerView(existing, deps.adminUnits);
  const merged: ProducerInput = {
    name: patch.name ?? existing.name,
    type: patch.type ?? existing.type,
    taxCode: patch.taxCode !== undefined ? patch.taxCode : existing.taxCode,
    representativeName:
      patch.representativeName !== undefined ? patch.representativeName : existing.representativeName,
    representativeGender:
      patch.representativeGender !== undefined ? patch.representativeGender : before.representativeGender,
    representativeEthnicity:
      patch.representativeEthnicity !== undefined
        ? patch.representativeEthnicity
        : existing.representativeEthnicity,
    communeCode: patch.communeCode ?? existing.communeCode,
    street: patch.street !== undefined ? patch.street : existing.street,
    phone: patch.phone !== undefined ? patch.phone : existing.phone,
    email: patch.email !== undefined ? patch.email : existing.email,
    website: patch.website !== undefined ? patch.website : existing.website,
  };
  const columns = producerColumns(deps.adminUnits, merged);
  if (columns.communeCode !== existing.communeCode)
    assertCanAccessRecord(actor, { ...columns, producerId: id });
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    if (columns.taxCode && columns.taxCode !== existing.taxCode) {
      const clash = (await findProducerLookalikes(tx, { ...columns, excludeId: id })).find(
        (p) => p.taxCode === columns.taxCode,
      );
      if (clash)
        throw new DomainError(
          'PRODUCER_DUPLICATE',
          `Mã số thuế ${columns.taxCode} đã thuộc "${clash.name}".`,
        );
    }
    const archivedAt =
      patch.isArchived === undefined
        ? existing.archivedAt
        : patch.isArchived
          ? (existing.archivedAt ?? now)
          : null;
    const row = await updateProducerRow(tx, id, { ...columns, archivedAt, updatedAt: now });
    const after = toProducerView(row, deps.adminUnits);
    const action = patch.isArchived === true ? 'archive' : patch.isArchived === false ? 'restore' : 'update';
    await recordChange(tx, auditActor, now, { entity: 'producer', entityId: id, action, before, after });
    return after;
  });
}
