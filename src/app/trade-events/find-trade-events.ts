import { findTradeEventById, listTradeEvents } from '../../db/repositories/trade-events.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { canReadProvince, provinceOfList } from '../sale-points/sale-point-access.ts';
import { type TradeEventView, toTradeEventView } from './trade-event-view.ts';

export type TradeEventSearch = {
  province?: string | undefined;
  /** With a province: national events too (default true). */
  includeNational?: boolean | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Events a producer took part in (a producer account: its own only). */
  producerId?: string | undefined;
  page: number;
  pageSize: number;
};

/** The back-office calendar: the actor's province and national events (the ministry: all, or one province). */
export async function findTradeEvents(
  deps: AppDeps,
  actor: Actor,
  search: TradeEventSearch,
): Promise<{ items: TradeEventView[]; total: number }> {
  if (actor.role === 'producer' && search.producerId && search.producerId !== actor.producerId) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được các sự kiện chủ thể mình tham gia.');
  }
  const { items, total } = await listTradeEvents(deps.db, {
    provinceCode: provinceOfList(actor, search.province),
    includeNational: search.includeNational ?? true,
    kind: search.kind,
    from: search.from,
    to: search.to,
    producerId: search.producerId,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: items.map((row) => toTradeEventView(row, deps.adminUnits)), total };
}

export async function getTradeEvent(deps: AppDeps, actor: Actor, id: string): Promise<TradeEventView> {
  const row = await findTradeEventById(deps.db, id);
  if (!row) throw new DomainError('TRADE_EVENT_NOT_FOUND', 'Không tìm thấy sự kiện.');
  if (!canReadProvince(actor, row.provinceCode)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Sự kiện này thuộc tỉnh khác.');
  }
  return toTradeEventView(row, deps.adminUnits);
}
