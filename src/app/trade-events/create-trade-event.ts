import { randomUUID } from 'node:crypto';
import { insertTradeEvent } from '../../db/repositories/trade-events.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { slugOf } from '../../domain/marketplace/slug.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type TradeEventInput, tradeEventColumns } from './trade-event-input.ts';
import { assertCanManageEvent, type TradeEventView, toTradeEventView } from './trade-event-view.ts';

/** Records a fair, exhibition or supply–demand conference (of the actor's province; national: the ministry). */
export async function createTradeEvent(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: TradeEventInput,
): Promise<TradeEventView> {
  assertCanManageEvent(actor, input.provinceCode);
  const columns = tradeEventColumns(deps, input);
  const now = deps.now();
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    const row = await insertTradeEvent(tx, {
      ...columns,
      id,
      slug: slugOf(columns.name, id, 'su-kien'),
      createdAt: now,
      updatedAt: now,
    });
    const view = toTradeEventView(row, deps.adminUnits);
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
