import { and, count, desc, eq, ne, type SQL, sql, sum } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { certificates, products, stampBatches, stamps } from '../schema/index.ts';

export type StampBatchRow = typeof stampBatches.$inferSelect;
export type NewStampBatchRow = typeof stampBatches.$inferInsert;
export type CertificateRow = typeof certificates.$inferSelect;

/** A batch with what its views show of the product and the certificate it was issued under. */
export type StampBatchDetailRow = {
  batch: StampBatchRow;
  product: { id: string; name: string; gtin: string | null; communeCode: string; producerId: string };
  certificate: { id: string; number: string | null; stars: number; validTo: string };
};

/** Locks the product row: two batches for one product get consecutive, non-overlapping serials. */
export async function lockProductForStamps(db: DbOrTx, productId: string) {
  const [row] = await db.select().from(products).where(eq(products.id, productId)).for('update').limit(1);
  return row;
}

/** The product's current certificate: latest start, then latest recorded (as refreshCurrentCertificates). */
export async function findCurrentCertificate(
  db: DbOrTx,
  productId: string,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(desc(certificates.validFrom), desc(certificates.createdAt))
    .limit(1);
  return row;
}

/** The highest serial any batch of the product used (void batches too: a serial is never reused). */
export async function lastSerialOf(db: DbOrTx, productId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${stampBatches.serialTo}), 0)::int` })
    .from(stampBatches)
    .where(eq(stampBatches.productId, productId));
  return row?.last ?? 0;
}

/** Stamps issued under a certificate in batches that are not void. */
export async function issuedUnderCertificate(db: DbOrTx, certificateId: string): Promise<number> {
  const [row] = await db
    .select({ total: sum(stampBatches.quantity).mapWith(Number) })
    .from(stampBatches)
    .where(and(eq(stampBatches.certificateId, certificateId), ne(stampBatches.status, 'void')));
  return row?.total ?? 0;
}

export async function insertStampBatch(db: DbOrTx, row: NewStampBatchRow): Promise<StampBatchRow> {
  const [inserted] = await db.insert(stampBatches).values(row).returning();
  if (!inserted) throw new Error('insert stamp_batches returned no row');
  return inserted;
}

/**
 * Inserts stamps serialFrom, serialFrom + 1, … with the given codes in one statement (the codes travel as one
 * text parameter: [0-9A-Z] only, so a comma is a safe separator). A code that already exists is skipped;
 * returns how many were inserted.
 */
export async function insertStampChunk(
  db: DbOrTx,
  batch: { id: string; productId: string },
  serialFrom: number,
  codes: readonly string[],
): Promise<number> {
  const result = await db.execute(sql`
    with inserted as (
      insert into stamps (code, batch_id, product_id, serial)
      select c.code, ${batch.id}::uuid, ${batch.productId}::uuid, ${serialFrom}::int + c.ord::int - 1
      from unnest(string_to_array(${codes.join(',')}, ',')) with ordinality as c(code, ord)
      on conflict (code) do nothing
      returning 1
    )
    select count(*)::int as n from inserted`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** Serials of the range that have no stamp yet (after a code collision skipped some). */
export async function missingSerials(
  db: DbOrTx,
  productId: string,
  from: number,
  to: number,
): Promise<number[]> {
  const result = await db.execute(sql`
    select g.serial::int as serial from generate_series(${from}::int, ${to}::int) as g(serial)
    where not exists (select 1 from stamps s where s.product_id = ${productId}::uuid and s.serial = g.serial)
    order by g.serial`);
  return rowsOf<{ serial: number }>(result).map((r) => r.serial);
}

export async function insertStampRows(
  db: DbOrTx,
  rows: readonly { code: string; batchId: string; productId: string; serial: number }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(stamps)
    .values([...rows])
    .onConflictDoNothing({ target: stamps.code })
    .returning({ code: stamps.code });
  return inserted.length;
}

const detailColumns = {
  batch: stampBatches,
  product: {
    id: products.id,
    name: products.name,
    gtin: products.gtin,
    communeCode: products.communeCode,
    producerId: products.producerId,
  },
  certificate: {
    id: certificates.id,
    number: certificates.number,
    stars: certificates.stars,
    validTo: certificates.validTo,
  },
};

const withDetail = (db: DbOrTx) =>
  db
    .select(detailColumns)
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(certificates, eq(certificates.id, stampBatches.certificateId));

export async function findStampBatchDetail(db: DbOrTx, id: string): Promise<StampBatchDetailRow | undefined> {
  const [row] = await withDetail(db).where(eq(stampBatches.id, id)).limit(1);
  return row;
}

export async function lockStampBatch(db: DbOrTx, id: string): Promise<StampBatchRow | undefined> {
  const [row] = await db.select().from(stampBatches).where(eq(stampBatches.id, id)).for('update').limit(1);
  return row;
}

export async function updateStampBatch(
  db: DbOrTx,
  id: string,
  patch: Partial<NewStampBatchRow>,
): Promise<StampBatchRow> {
  const [row] = await db.update(stampBatches).set(patch).where(eq(stampBatches.id, id)).returning();
  if (!row) throw new Error(`stamp batch ${id} vanished`);
  return row;
}

export type StampBatchFilter = {
  /** null: every province (ministry). */
  provinceCode: string | null;
  productId?: string | undefined;
  status?: StampBatchRow['status'] | undefined;
  limit: number;
  offset: number;
};

export async function listStampBatches(
  db: DbOrTx,
  filter: StampBatchFilter,
): Promise<{ rows: StampBatchDetailRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.provinceCode !== null) conditions.push(eq(stampBatches.provinceCode, filter.provinceCode));
  if (filter.productId) conditions.push(eq(stampBatches.productId, filter.productId));
  if (filter.status) conditions.push(eq(stampBatches.status, filter.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await withDetail(db)
    .where(where)
    .orderBy(desc(stampBatches.createdAt), desc(stampBatches.serialFrom))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(stampBatches).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The codes of a serial range of a batch, in serial order (for the print sheet). */
export async function stampsOfBatch(
  db: DbOrTx,
  batchId: string,
  from: number,
  to: number,
): Promise<{ code: string; serial: number }[]> {
  return db
    .select({ code: stamps.code, serial: stamps.serial })
    .from(stamps)
    .where(and(eq(stamps.batchId, batchId), sql`${stamps.serial} between ${from} and ${to}`))
    .orderBy(stamps.serial);
}
