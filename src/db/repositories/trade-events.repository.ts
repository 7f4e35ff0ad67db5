import { and, asc, count, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { tradeEvents } from '../schema/index.ts';

export type TradeEventRow = typeof tradeEvents.$inferSelect;
export type NewTradeEventRow = typeof tradeEvents.$inferInsert;

export async function insertTradeEvent(db: DbOrTx, row: NewTradeEventRow): Promise<TradeEventRow> {
  const [inserted] = await db.insert(tradeEvents).values(row).returning();
  if (!inserted) throw new Error('insert trade_events returned no row');
  return inserted;
}

export async function updateTradeEventRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewTradeEventRow>,
): Promise<TradeEventRow> {
  const [row] = await db.update(tradeEvents).set(patch).where(eq(tradeEvents.id, id)).returning();
  if (!row) throw new Error(`update trade_events ${id} matched no row`);
  return row;
}

export async function deleteTradeEventRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(tradeEvents).where(eq(tradeEvents.id, id));
}

export async function findTradeEventById(db: DbOrTx, id: string): Promise<TradeEventRow | undefined> {
  const [row] = await db.select().from(tradeEvents).where(eq(tradeEvents.id, id)).limit(1);
  return row;
}

export async function findTradeEventBySlug(db: DbOrTx, slug: string): Promise<TradeEventRow | undefined> {
  const [row] = await db.select().from(tradeEvents).where(eq(tradeEvents.slug, slug)).limit(1);
  return row;
}

export type TradeEventFilter = {
  /** Events of this province; with `includeNational`, national ones (province null) as well. */
  provinceCode?: string | undefined;
  includeNational?: boolean | undefined;
  /** Only national events. */
  nationalOnly?: boolean | undefined;
  kind?: string | undefined;
  /** Events still running on or after this day. */
  from?: string | undefined;
  /** Events starting on or before this day. */
  to?: string | undefined;
  /** Events this producer took part in. */
  producerId?: string | undefined;
  limit: number;
  offset: number;
};

function conditionsOf(filter: Omit<TradeEventFilter, 'limit' | 'offset'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.nationalOnly) conditions.push(isNull(tradeEvents.provinceCode));
  else if (filter.provinceCode) {
    const own = eq(tradeEvents.provinceCode, filter.provinceCode);
    conditions.push(filter.includeNational ? or(own, isNull(tradeEvents.provinceCode)) : own);
  }
  if (filter.kind) conditions.push(eq(tradeEvents.kind, filter.kind as TradeEventRow['kind']));
  if (filter.from) conditions.push(gte(tradeEvents.endsOn, filter.from));
  if (filter.to) conditions.push(lte(tradeEvents.startsOn, filter.to));
  if (filter.producerId) {
    conditions.push(
      sql`exists (select 1 from trade_event_participants tp
        where tp.event_id = trade_events.id and tp.producer_id = ${filter.producerId})`,
    );
  }
  return and(...conditions);
}

/** Events by start date (then name), filtered. */
export async function listTradeEvents(
  db: DbOrTx,
  filter: TradeEventFilter,
): Promise<{ items: TradeEventRow[]; total: number }> {
  const where = conditionsOf(filter);
  const items = await db
    .select()
    .from(tradeEvents)
    .where(where)
    .orderBy(
      asc(tradeEvents.startsOn),
      sql`lower(f_unaccent(${tradeEvents.name})) collate "C"`,
      asc(tradeEvents.id),
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(tradeEvents).where(where);
  return { items, total: total?.n ?? 0 };
}
