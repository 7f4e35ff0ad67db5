import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { salePointProducts, salePoints, tradeEvents } from '../schema/index.ts';

export type SalePointRow = typeof salePoints.$inferSelect;
export type TradeEventRow = typeof tradeEvents.$inferSelect;

/** Active sale points, optionally of one province. */
export async function listActiveSalePoints(
  db: DbOrTx,
  filter: Readonly<{ provinceCode?: string }> = {},
): Promise<SalePointRow[]> {
  const conditions = [eq(salePoints.isActive, true)];
  if (filter.provinceCode) conditions.push(eq(salePoints.provinceCode, filter.provinceCode));
  return db
    .select()
    .from(salePoints)
    .where(and(...conditions))
    .orderBy(asc(salePoints.provinceCode), asc(salePoints.name));
}

export async function findActiveSalePointBySlug(db: DbOrTx, slug: string): Promise<SalePointRow | undefined> {
  const [row] = await db
    .select()
    .from(salePoints)
    .where(and(eq(salePoints.slug, slug), eq(salePoints.isActive, true)))
    .limit(1);
  return row;
}

export async function listSalePointProductIds(db: DbOrTx, salePointId: string): Promise<string[]> {
  const rows = await db
    .select({ id: salePointProducts.productId })
    .from(salePointProducts)
    .where(eq(salePointProducts.salePointId, salePointId));
  return rows.map((r) => r.id);
}

/** Trade events that end on or after `from` (and start before `until`, when given), by start date. */
export async function listTradeEvents(
  db: DbOrTx,
  range: Readonly<{ endsFrom: string; startsBefore?: string; limit: number }>,
): Promise<TradeEventRow[]> {
  const conditions = [gte(tradeEvents.endsOn, range.endsFrom)];
  if (range.startsBefore) conditions.push(lt(tradeEvents.startsOn, range.startsBefore));
  return db
    .select()
    .from(tradeEvents)
    .where(and(...conditions))
    .orderBy(asc(tradeEvents.startsOn), asc(tradeEvents.name))
    .limit(range.limit);
}
