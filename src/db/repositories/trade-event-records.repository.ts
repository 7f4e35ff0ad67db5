import { asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { producers, products, tradeEventOutcomes, tradeEventParticipants } from '../schema/index.ts';

export type OutcomeRow = typeof tradeEventOutcomes.$inferSelect;
export type NewOutcomeRow = typeof tradeEventOutcomes.$inferInsert;

/** A producer as other records refer to it: name, place, and whether it is archived. */
export type ProducerRef = {
  id: string;
  name: string;
  provinceCode: string;
  communeCode: string;
  isArchived: boolean;
};

const producerRefColumns = {
  id: producers.id,
  name: producers.name,
  provinceCode: producers.provinceCode,
  communeCode: producers.communeCode,
  isArchived: sql<boolean>`${producers.archivedAt} is not null`,
};

export async function findProducerRefs(db: DbOrTx, ids: readonly string[]): Promise<ProducerRef[]> {
  if (ids.length === 0) return [];
  return db
    .select(producerRefColumns)
    .from(producers)
    .where(inArray(producers.id, [...ids]));
}

export type ProductRef = { id: string; name: string; producerId: string; isArchived: boolean };

export async function findProductRefs(db: DbOrTx, ids: readonly string[]): Promise<ProductRef[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: products.id,
      name: products.name,
      producerId: products.producerId,
      isArchived: sql<boolean>`${products.archivedAt} is not null`,
    })
    .from(products)
    .where(inArray(products.id, [...ids]));
}

export type ParticipantRow = { producer: ProducerRef; productIds: string[]; booth: string | null };

/** The producers taking part in an event, in Vietnamese alphabetical order. */
export async function participantsOfEvent(db: DbOrTx, eventId: string): Promise<ParticipantRow[]> {
  return db
    .select({
      producer: producerRefColumns,
      productIds: tradeEventParticipants.productIds,
      booth: tradeEventParticipants.booth,
    })
    .from(tradeEventParticipants)
    .innerJoin(producers, eq(producers.id, tradeEventParticipants.producerId))
    .where(eq(tradeEventParticipants.eventId, eventId))
    .orderBy(sql`${producers.sortKey} collate "C"`, asc(producers.id));
}

export async function replaceEventParticipants(
  db: DbOrTx,
  eventId: string,
  rows: readonly { producerId: string; productIds: string[]; booth: string | null }[],
): Promise<void> {
  await db.delete(tradeEventParticipants).where(eq(tradeEventParticipants.eventId, eventId));
  if (rows.length > 0) {
    await db.insert(tradeEventParticipants).values(rows.map((r) => ({ ...r, eventId })));
  }
}

/** How many participants and outcomes an event has (an event with either is not deleted). */
export async function countEventRecords(
  db: DbOrTx,
  eventId: string,
): Promise<{ participants: number; outcomes: number }> {
  const [participants] = await db
    .select({ n: count() })
    .from(tradeEventParticipants)
    .where(eq(tradeEventParticipants.eventId, eventId));
  const [outcomes] = await db
    .select({ n: count() })
    .from(tradeEventOutcomes)
    .where(eq(tradeEventOutcomes.eventId, eventId));
  return { participants: participants?.n ?? 0, outcomes: outcomes?.n ?? 0 };
}

export async function insertOutcome(db: DbOrTx, row: NewOutcomeRow): Promise<OutcomeRow> {
  const [inserted] = await db.insert(tradeEventOutcomes).values(row).returning();
  if (!inserted) throw new Error('insert trade_event_outcomes returned no row');
  return inserted;
}

export async function findOutcome(db: DbOrTx, id: string): Promise<OutcomeRow | undefined> {
  const [row] = await db.select().from(tradeEventOutcomes).where(eq(tradeEventOutcomes.id, id)).limit(1);
  return row;
}

export async function deleteOutcomeRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(tradeEventOutcomes).where(eq(tradeEventOutcomes.id, id));
}

export type OutcomeWithProducer = { outcome: OutcomeRow; producer: ProducerRef | null };

/** An event's outcomes, latest recorded first, with the producer each concerns (if any). */
export async function outcomesOfEvent(db: DbOrTx, eventId: string): Promise<OutcomeWithProducer[]> {
  const rows = await db
    .select({ outcome: tradeEventOutcomes, producer: producerRefColumns })
    .from(tradeEventOutcomes)
    .leftJoin(producers, eq(producers.id, tradeEventOutcomes.producerId))
    .where(eq(tradeEventOutcomes.eventId, eventId))
    .orderBy(desc(tradeEventOutcomes.recordedAt), asc(tradeEventOutcomes.id));
  return rows.map((r) => ({ outcome: r.outcome, producer: r.producer?.id ? r.producer : null }));
}

/** Producers of an event that have outcomes recorded (they cannot be dropped from its participants). */
export async function producersWithOutcomes(db: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ producerId: tradeEventOutcomes.producerId })
    .from(tradeEventOutcomes)
    .where(eq(tradeEventOutcomes.eventId, eventId));
  return rows.flatMap((r) => (r.producerId ? [r.producerId] : []));
}
