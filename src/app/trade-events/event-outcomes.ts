import { randomUUID } from 'node:crypto';
import {
  deleteOutcomeRow,
  findOutcome,
  insertOutcome,
  outcomesOfEvent,
  participantsOfEvent,
} from '../../db/repositories/trade-event-records.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadManageableEvent, loadReadableEvent } from './event-access.ts';
import type { OutcomeKind } from './outcome-kinds.ts';
import { type OutcomeTotals, type OutcomeView, outcomeTotals, toOutcomeView } from './outcome-view.ts';
import { canSeeProducerRow } from './producer-row-visibility.ts';

export type OutcomeInput = {
  kind: OutcomeKind;
  counterpart: string;
  valueVnd?: number | null | undefined;
  note?: string | null | undefined;
  /** The participant it concerns; none for the province's delegation as a whole. */
  producerId?: string | null | undefined;
};

/** An event's outcomes the actor may see, with totals of those. */
export async function listEventOutcomes(
  deps: AppDeps,
  actor: Actor,
  eventId: string,
): Promise<{ items: OutcomeView[]; totals: OutcomeTotals }> {
  await loadReadableEvent(deps, actor, eventId);
  const rows = (await outcomesOfEvent(deps.db, eventId)).filter((r) =>
    canSeeProducerRow(actor, {
      producerId: r.outcome.producerId,
      communeCode: r.producer?.communeCode ?? null,
    }),
  );
  const items = rows.map(toOutcomeView);
  return { items, totals: outcomeTotals(items) };
}

/** Records a lead, memorandum or contract, once the event has started; about one of its participants. */
export async function recordEventOutcome(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  eventId: string,
  input: OutcomeInput,
): Promise<OutcomeView> {
  const event = await loadManageableEvent(deps, actor, eventId);
  const now = deps.now();
  if (vietnamDate(now) < event.startsOn) {
    throw new DomainError(
      'TRADE_EVENT_NOT_STARTED',
      `Sự kiện bắt đầu ngày ${event.startsOn}; kết quả được ghi nhận sau khi sự kiện diễn ra.`,
    );
  }
  const counterpart = input.counterpart.normalize('NFC').trim().replace(/\s+/g, ' ');
  const producerId = input.producerId ?? null;
  return deps.db.transaction(async (tx) => {
    const participants = await participantsOfEvent(tx, eventId);
    const producer = participants.find((p) => p.producer.id === producerId)?.producer ?? null;
    throwIfInvalid([
      ...(counterpart ? [] : [{ field: 'body.counterpart', message: 'Chưa nhập đối tác.' }]),
      ...(producerId !== null && !producer
        ? [{ field: 'body.producerId', message: 'Chủ thể này không có trong danh sách tham gia sự kiện.' }]
        : []),
    ]);
    const row = await insertOutcome(tx, {
      id: randomUUID(),
      eventId,
      producerId,
      kind: input.kind,
      counterpart,
      valueVnd: input.valueVnd ?? null,
      note: input.note?.normalize('NFC').trim() || null,
      recordedBy: actor.id,
      recordedAt: now,
    });
    const view = toOutcomeView({ outcome: row, producer });
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event_outcome',
      entityId: row.id,
      action: 'create',
      after: view,
    });
    return view;
  });
}

export async function deleteEventOutcome(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  eventId: string,
  outcomeId: string,
): Promise<void> {
  await loadManageableEvent(deps, actor, eventId);
  const row = await findOutcome(deps.db, outcomeId);
  if (!row || row.eventId !== eventId) {
    throw new DomainError('TRADE_EVENT_OUTCOME_NOT_FOUND', 'Không tìm thấy kết quả này của sự kiện.');
  }
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await deleteOutcomeRow(tx, outcomeId);
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event_outcome',
      entityId: outcomeId,
      action: 'delete',
      before: { ...row, recordedAt: row.recordedAt.toISOString() },
    });
  });
}
