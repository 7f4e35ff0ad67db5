import { findProducerById, type ProducerRow } from '../../db/repositories/producers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { isWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord } from '../../domain/registry/record-access.ts';
import type { AppDeps } from '../deps.ts';

async function loadProducer(deps: AppDeps, producerId: string): Promise<ProducerRow> {
  const row = await findProducerById(deps.db, producerId);
  if (!row) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.');
  return row;
}

/** A producer whose figures the actor may read: as for the producer's own record. */
export async function loadProducerToRead(
  deps: AppDeps,
  actor: Actor,
  producerId: string,
): Promise<ProducerRow> {
  const row = await loadProducer(deps, producerId);
  assertCanAccessRecord(actor, { ...row, producerId: row.id });
  return row;
}

/**
 * A producer whose figures the actor may enter: a producer account its own, a province officer those of the
 * province, the ministry any. Commune officers read them only.
 */
export async function loadProducerToWrite(
  deps: AppDeps,
  actor: Actor,
  producerId: string,
): Promise<ProducerRow> {
  const row = await loadProducerToRead(deps, actor, producerId);
  const mayWrite =
    actor.role === 'producer' ||
    ((actor.role === 'province_officer' || actor.role === 'ministry_admin') && isWithinScope(actor, row));
  if (!mayWrite) {
    throw new DomainError('FORBIDDEN', 'Số liệu do chủ thể hoặc cán bộ cấp tỉnh nhập; bạn chỉ xem được.');
  }
  return row;
}
