import { findTradeEventById, type TradeEventRow } from '../../db/repositories/trade-events.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { canReadProvince } from '../sale-points/sale-point-access.ts';
import { assertCanManageEvent } from './trade-event-view.ts';

async function loadEvent(deps: AppDeps, id: string): Promise<TradeEventRow> {
  const row = await findTradeEventById(deps.db, id);
  if (!row) throw new DomainError('TRADE_EVENT_NOT_FOUND', 'Không tìm thấy sự kiện.');
  return row;
}

/** An event the actor sees in the back-office (its province's and national ones). */
export async function loadReadableEvent(deps: AppDeps, actor: Actor, id: string): Promise<TradeEventRow> {
  const row = await loadEvent(deps, id);
  if (!canReadProvince(actor, row.provinceCode)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Sự kiện này thuộc tỉnh khác.');
  }
  return row;
}

/** An event the actor may change: of their province (national ones: the ministry). */
export async function loadManageableEvent(deps: AppDeps, actor: Actor, id: string): Promise<TradeEventRow> {
  const row = await loadEvent(deps, id);
  assertCanManageEvent(actor, row.provinceCode);
  return row;
}
