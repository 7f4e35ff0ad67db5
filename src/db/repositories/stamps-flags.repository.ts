import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { CopyFlagCandidate } from '../../domain/stamps/copy-detection.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import { products, stampFlags } from '../schema/index.ts';

export type StampFlagRow = typeof stampFlags.$inferSelect;
export type StampFlagDetailRow = { flag: StampFlagRow; product: { id: string; name: string } };

/**
 * Raises the flags that are not already open for the same code and reason, and not handled or raised within
 * `quietSince` (a dismissed flag is not raised again by the same day's scans). Returns the new rows.
 */
export async function insertFlags(
  db: DbOrTx,
  candidates: readonly CopyFlagCandidate[],
  at: Date,
  quietSince: Date,
): Promise<StampFlagRow[]> {
  const raised: StampFlagRow[] = [];
  for (const c of candidates) {
    const result = await db.execute(sql`
      insert into stamp_flags (code, product_id, province_code, reason, details, state, detected_at)
      select ${c.code}, ${c.productId}::uuid, ${c.provinceCode}, ${c.reason}, ${JSON.stringify(c.details)}::jsonb,
        'open', ${at.toISOString()}::timestamptz
      where not exists (
        select 1 from stamp_flags f where f.code = ${c.code} and f.reason = ${c.reason}
          and coalesce(f.handled_at, f.detected_at) >= ${quietSince.toISOString()}::timestamptz
      )
      on conflict (code, reason) where state = 'open' do nothing
      returning id`);
    const id = rowsOf<{ id: string }>(result)[0]?.id;
    if (id) {
      const [row] = await db.select().from(stampFlags).where(eq(stampFlags.id, id));
      if (row) raised.push(row);
    }
  }
  return raised;
}

const withProduct = (db: DbOrTx) =>
  db
    .select({ flag: stampFlags, product: { id: products.id, name: products.name } })
    .from(stampFlags)
    .innerJoin(products, eq(products.id, stampFlags.productId));

export type StampFlagFilter = {
  provinceCode: string | null;
  state?: StampFlagRow['state'] | undefined;
  code?: string | undefined;
  limit: number;
  offset: number;
};

export async function listStampFlags(
  db: DbOrTx,
  filter: StampFlagFilter,
): Promise<{ rows: StampFlagDetailRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.provinceCode !== null) conditions.push(eq(stampFlags.provinceCode, filter.provinceCode));
  if (filter.state) conditions.push(eq(stampFlags.state, filter.state));
  if (filter.code) conditions.push(eq(stampFlags.code, filter.code));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await withProduct(db)
    .where(where)
    .orderBy(desc(stampFlags.detectedAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(stampFlags).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findStampFlag(db: DbOrTx, id: string): Promise<StampFlagDetailRow | undefined> {
  const [row] = await withProduct(db).where(eq(stampFlags.id, id)).limit(1);
  return row;
}

export async function lockStampFlag(db: DbOrTx, id: string): Promise<StampFlagRow | undefined> {
  const [row] = await db.select().from(stampFlags).where(eq(stampFlags.id, id)).for('update').limit(1);
  return row;
}

export async function updateStampFlag(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof stampFlags.$inferInsert>,
): Promise<StampFlagRow> {
  const [row] = await db.update(stampFlags).set(patch).where(eq(stampFlags.id, id)).returning();
  if (!row) throw new Error(`stamp flag ${id} vanished`);
  return row;
}
