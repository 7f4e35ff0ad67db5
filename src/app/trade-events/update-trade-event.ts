import { countEventRecords } from '../../db/repositories/trade-event-records.repository.ts';
import {
  deleteTradeEventRow,
  findTradeEventById,
  type TradeEventRow,
  updateTradeEventRow,
} from '../../db/repositories/trade-events.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type TradeEventInput, tradeEventColumns } from './trade-event-input.ts';
import { assertCanManageEvent, type TradeEventView, toTradeEventView } from './trade-event-view.ts';

async function loadForChange(deps: AppDeps, actor: Actor, id: string): Promise<TradeEventRow> {
  const row = await findTradeEventById(deps.db, id);
  if (!row) throw new DomainError('TRADE_EVENT_NOT_FOUND', 'Không tìm thấy sự kiện.');
  assertCanManageEvent(actor, row.provinceCode);
  return row;
}

/** Changes any field of an event; moving it to another province needs rights there too. The slug stays. */
export async function updateTradeEvent(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: Partial<TradeEventInput>,
): Promise<TradeEventView> {
  const current = await loadForChange(deps, actor, id);
  const merged: TradeEventInput = { ...current, ...patch };
  assertCanManageEvent(actor, merged.provinceCode);
  const columns = tradeEventColumns(deps, merged);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    // Outcomes are recorded after the start: the start cannot then move past today.
    if (columns.startsOn > vietnamDate(now) && (await countEventRecords(tx, id)).outcomes > 0) {
      throw new DomainError(
        'TRADE_EVENT_HAS_RECORDS',
        'Sự kiện đã có kết quả được ghi nhận nên không thể dời ngày bắt đầu sang sau hôm nay.',
      );
    }
    const before = toTradeEventView(current, deps.adminUnits);
    const after = toTradeEventView(
      await updateTradeEventRow(tx, id, { ...columns, updatedAt: now }),
      deps.adminUnits,
    );
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

/** Deletes an event recorded by mistake; one with participants or outcomes is refused (409), not cascaded. */
export async function deleteTradeEvent(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<void> {
  const current = await loadForChange(deps, actor, id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const records = await countEventRecords(tx, id);
    if (records.participants > 0 || records.outcomes > 0) {
      throw new DomainError(
        'TRADE_EVENT_HAS_RECORDS',
        `Sự kiện đã có ${records.participants} chủ thể tham gia và ${records.outcomes} kết quả; hãy xoá các ghi nhận đó trước.`,
      );
    }
    await deleteTradeEventRow(tx, id);
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event',
      entityId: id,
      action: 'delete',
      before: toTradeEventView(current, deps.adminUnits),
    });
  });
}
