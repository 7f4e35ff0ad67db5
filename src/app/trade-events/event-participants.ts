import type { DbOrTx } from '../../db/client.ts';
import {
  findProductRefs,
  participantsOfEvent,
  producersWithOutcomes,
  replaceEventParticipants,
} from '../../db/repositories/trade-event-records.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadManageableEvent, loadReadableEvent } from './event-access.ts';
import { type ParticipantInput, participantColumns } from './participants-input.ts';
import { canSeeProducerRow } from './producer-row-visibility.ts';

export type ParticipantView = {
  producer: {
    id: string;
    name: string;
    province: { code: string; name: string };
    commune: { code: string; name: string };
  };
  products: { id: string; name: string }[];
  booth: string | null;
};

async function participantViews(db: DbOrTx, adminUnits: AdminUnitsIndex, eventId: string) {
  const rows = await participantsOfEvent(db, eventId);
  const names = new Map(
    (await findProductRefs(db, [...new Set(rows.flatMap((r) => r.productIds))])).map((p) => [p.id, p.name]),
  );
  return rows.map(
    (r): ParticipantView => ({
      producer: {
        id: r.producer.id,
        name: r.producer.name,
        province: {
          code: r.producer.provinceCode,
          name: adminUnits.province2025(r.producer.provinceCode)?.name ?? '',
        },
        commune: {
          code: r.producer.communeCode,
          name: adminUnits.commune2025(r.producer.communeCode)?.fullName ?? '',
        },
      },
      products: r.productIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      booth: r.booth,
    }),
  );
}

const visibleTo = (actor: Actor, views: ParticipantView[]) =>
  views.filter((v) =>
    canSeeProducerRow(actor, { producerId: v.producer.id, communeCode: v.producer.commune.code }),
  );

/** The producers taking part in an event (a producer account sees itself, a commune officer its commune's). */
export async function getEventParticipants(
  deps: AppDeps,
  actor: Actor,
  eventId: string,
): Promise<ParticipantView[]> {
  await loadReadableEvent(deps, actor, eventId);
  return visibleTo(actor, await participantViews(deps.db, deps.adminUnits, eventId));
}

/**
 * Replaces the list of participants (producers, the products they show, their booth). A producer with
 * outcomes recorded stays: its outcomes are deleted first.
 */
export async function setEventParticipants(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  eventId: string,
  input: readonly ParticipantInput[],
): Promise<ParticipantView[]> {
  await loadManageableEvent(deps, actor, eventId);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const columns = await participantColumns(tx, input);
    const kept = new Set(columns.map((c) => c.producerId));
    const dropped = (await producersWithOutcomes(tx, eventId)).filter((id) => !kept.has(id));
    if (dropped.length > 0) {
      throw new DomainError(
        'TRADE_EVENT_HAS_RECORDS',
        'Có chủ thể đã được ghi nhận kết quả tại sự kiện; hãy xoá kết quả đó trước khi bỏ chủ thể khỏi danh sách.',
      );
    }
    const before = await participantViews(tx, deps.adminUnits, eventId);
    await replaceEventParticipants(tx, eventId, columns);
    const after = await participantViews(tx, deps.adminUnits, eventId);
    await recordChange(tx, auditActor, now, {
      entity: 'trade_event',
      entityId: eventId,
      action: 'set_participants',
      before,
      after,
    });
    return after;
  });
}
