import { and, asc, count, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { products, webhookDeliveries } from '../schema/index.ts';
import { certificateStatusSql } from './certificate-status.sql.ts';

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDeliveryRow = typeof webhookDeliveries.$inferInsert;
export type DeliveryStatus = WebhookDeliveryRow['status'];

/** Inserts the outbox rows; a (marketplace, dedupe key) already there is skipped. Returns how many were new. */
export async function insertDeliveries(db: DbOrTx, rows: readonly NewWebhookDeliveryRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(webhookDeliveries)
    .values([...rows])
    .onConflictDoNothing({ target: [webhookDeliveries.marketplaceId, webhookDeliveries.dedupeKey] })
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}

/**
 * Takes up to `limit` pending deliveries that are due and pushes their next attempt to `leaseUntil`, so a
 * concurrent worker skips them and a crash mid-send retries them after the lease (at-least-once).
 */
export async function claimDueDeliveries(
  db: DbOrTx,
  now: Date,
  limit: number,
  leaseUntil: Date,
): Promise<WebhookDeliveryRow[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: leaseUntil })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
}

export async function updateDelivery(
  db: DbOrTx,
  id: string,
  patch: Partial<NewWebhookDeliveryRow>,
): Promise<WebhookDeliveryRow> {
  const [row] = await db.update(webhookDeliveries).set(patch).where(eq(webhookDeliveries.id, id)).returning();
  if (!row) throw new Error(`update webhook_deliveries ${id} matched no row`);
  return row;
}

/** One delivery of a marketplace, with its product's name. */
export async function findDelivery(
  db: DbOrTx,
  marketplaceId: string,
  id: string,
): Promise<{ delivery: WebhookDeliveryRow; productName: string } | undefined> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, productName: products.name })
    .from(webhookDeliveries)
    .innerJoin(products, eq(products.id, webhookDeliveries.productId))
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.marketplaceId, marketplaceId)))
    .limit(1);
  return row;
}

export type DeliveryListFilter = {
  marketplaceId: string;
  status?: DeliveryStatus | undefined;
  limit: number;
  offset: number;
};

/** A marketplace's deliveries, newest first, with the product's name. */
export async function listDeliveries(db: DbOrTx, filter: DeliveryListFilter) {
  const conditions: SQL[] = [eq(webhookDeliveries.marketplaceId, filter.marketplaceId)];
  if (filter.status) conditions.push(eq(webhookDeliveries.status, filter.status));
  const where = and(...conditions);
  const items = await db
    .select({ delivery: webhookDeliveries, productName: products.name })
    .from(webhookDeliveries)
    .innerJoin(products, eq(products.id, webhookDeliveries.productId))
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(webhookDeliveries).where(where);
  return { items, total: total?.n ?? 0 };
}

/**
 * Products whose current certificate is expired on `today` (no revocation, no extension in force) and whose
 * expiry falls in one of `ranges` of valid_to days, with the current certificate's id.
 */
export async function findExpiredCurrentCertificates(
  db: DbOrTx,
  today: string,
  ranges: readonly (readonly [from: string, to: string])[],
): Promise<{ productId: string; certificateId: string }[]> {
  const inRanges = sql.join(
    ranges.map(([from, to]) => sql`p.current_valid_to between ${from}::date and ${to}::date`),
    sql` or `,
  );
  const result = await db.execute(sql`
    select p.id as "productId", c.id as "certificateId"
    from products p
    join lateral (
      select c.id from certificates c where c.product_id = p.id
      order by c.valid_from desc, c.created_at desc limit 1
    ) c on true
    where p.archived_at is null and (${inRanges}) and ${certificateStatusSql(today)} = 'expired'
    order by p.current_valid_to, p.id`);
  return rowsOf<{ productId: string; certificateId: string }>(result);
}
