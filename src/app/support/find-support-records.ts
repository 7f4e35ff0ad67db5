import {
  findSupportById,
  listSupport,
  type SupportRecord,
} from '../../db/repositories/support.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanAccessRecord, listScopeOf } from '../../domain/registry/record-access.ts';
import { SUPPORT_KIND_CODES, type SupportKind } from '../../domain/support/support-kinds.ts';
import type { AppDeps } from '../deps.ts';
import { recordScopeOf, type SupportView, toSupportView } from './support-view.ts';

export type SupportSearch = {
  province?: string | undefined;
  commune?: string | undefined;
  producerId?: string | undefined;
  productId?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

export type SupportTotals = {
  count: number;
  amountVnd: number;
  /** Every kind, in the list's order, zeros included. */
  byKind: { kind: SupportKind; count: number; amountVnd: number }[];
};

/**
 * Support given within the actor's scope (province, commune, or a producer's own), latest first, with totals
 * by kind over everything the filters match (not only the page).
 */
export async function findSupportRecords(
  deps: AppDeps,
  actor: Actor,
  search: SupportSearch,
): Promise<{ items: SupportView[]; total: number; totals: SupportTotals }> {
  const scope = listScopeOf(actor);
  if (scope.kind === 'province' && search.province && search.province !== scope.provinceCode) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được dữ liệu của tỉnh mình.');
  }
  const { items, byKind } = await listSupport(deps.db, {
    scope,
    provinceCode: search.province,
    communeCode: search.commune,
    producerId: search.producerId,
    productId: search.productId,
    kind: search.kind,
    from: search.from,
    to: search.to,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  const kinds = SUPPORT_KIND_CODES.map((kind) => ({
    kind,
    count: byKind.find((k) => k.kind === kind)?.count ?? 0,
    amountVnd: byKind.find((k) => k.kind === kind)?.amountVnd ?? 0,
  }));
  const totals = {
    count: kinds.reduce((sum, k) => sum + k.count, 0),
    amountVnd: kinds.reduce((sum, k) => sum + k.amountVnd, 0),
    byKind: kinds,
  };
  return { items: items.map((r) => toSupportView(r, deps.adminUnits)), total: totals.count, totals };
}

export async function loadSupportRecord(deps: AppDeps, id: string): Promise<SupportRecord> {
  const row = await findSupportById(deps.db, id);
  if (!row) throw new DomainError('SUPPORT_RECORD_NOT_FOUND', 'Không tìm thấy bản ghi hỗ trợ.');
  return row;
}

export async function getSupportRecord(deps: AppDeps, actor: Actor, id: string): Promise<SupportView> {
  const row = await loadSupportRecord(deps, id);
  assertCanAccessRecord(actor, recordScopeOf(row));
  return toSupportView(row, deps.adminUnits);
}
