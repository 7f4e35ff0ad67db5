import { findSalePointById, listSalePoints } from '../../db/repositories/sale-points.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { canReadProvince, provinceOfList } from './sale-point-access.ts';
import {
  type SalePointSummary,
  type SalePointView,
  salePointViewOf,
  toSalePointSummary,
} from './sale-point-view.ts';

export type SalePointSearch = {
  province?: string | undefined;
  commune?: string | undefined;
  level?: string | undefined;
  locationType?: string | undefined;
  active?: boolean | undefined;
  /** Recognised by a decision (true) or not yet (false). */
  recognised?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
};

/** The back-office list: the actor's province (the ministry: all, or one), filtered, by name. */
export async function findSalePoints(
  deps: AppDeps,
  actor: Actor,
  search: SalePointSearch,
): Promise<{ items: SalePointSummary[]; total: number }> {
  const { items, total } = await listSalePoints(deps.db, {
    provinceCode: provinceOfList(actor, search.province),
    communeCode: search.commune,
    level: search.level,
    locationType: search.locationType,
    isActive: search.active,
    isRecognised: search.recognised,
    q: search.q?.trim() || undefined,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: items.map((i) => toSalePointSummary(i.salePoint, deps.adminUnits, i.productCount)), total };
}

export async function getSalePoint(deps: AppDeps, actor: Actor, id: string): Promise<SalePointView> {
  const row = await findSalePointById(deps.db, id);
  if (!row) throw new DomainError('SALE_POINT_NOT_FOUND', 'Không tìm thấy điểm bán.');
  if (!canReadProvince(actor, row.provinceCode)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Điểm bán này thuộc tỉnh khác.');
  }
  return salePointViewOf(deps.db, deps.adminUnits, row, vietnamDate(deps.now()));
}
