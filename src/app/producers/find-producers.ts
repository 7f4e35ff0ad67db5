import { findProducerById, listProducers } from '../../db/repositories/producers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord, listScopeOf } from '../../domain/registry/record-access.ts';
import type { AppDeps } from '../deps.ts';
import { type ProducerView, toProducerView } from './producer-view.ts';

export type ProducerSearch = {
  q?: string | undefined;
  province?: string | undefined;
  commune?: string | undefined;
  type?: string | undefined;
  includeArchived?: boolean | undefined;
  page: number;
  pageSize: number;
};

export async function findProducers(
  deps: AppDeps,
  actor: Actor,
  search: ProducerSearch,
): Promise<{ items: ProducerView[]; total: number }> {
  const { items, total } = await listProducers(deps.db, {
    scope: listScopeOf(actor),
    q: search.q,
    provinceCode: search.province,
    communeCode: search.commune,
    type: search.type,
    includeArchived: search.includeArchived ?? false,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: items.map((row) => toProducerView(row, deps.adminUnits)), total };
}

export async function getProducer(deps: AppDeps, actor: Actor, id: string): Promise<ProducerView> {
  const row = await findProducerById(deps.db, id);
  if (!row) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.');
  assertCanAccessRecord(actor, { ...row, producerId: row.id });
  return toProducerView(row, deps.adminUnits);
}
