import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates, importBatches, producers, products } from '../schema/index.ts';

export type ImportBatchRow = typeof importBatches.$inferSelect;
export type NewImportBatchRow = typeof importBatches.$inferInsert;

export async function insertImportBatch(db: DbOrTx, row: NewImportBatchRow): Promise<ImportBatchRow> {
  const [inserted] = await db.insert(importBatches).values(row).returning();
  if (!inserted) throw new Error('insert import_batches returned no row');
  return inserted;
}

export async function findImportBatch(db: DbOrTx, id: string): Promise<ImportBatchRow | undefined> {
  const [row] = await db.select().from(importBatches).where(eq(importBatches.id, id)).limit(1);
  return row;
}

export async function updateImportBatch(
  db: DbOrTx,
  id: string,
  patch: Partial<NewImportBatchRow>,
): Promise<void> {
  await db.update(importBatches).set(patch).where(eq(importBatches.id, id));
}

/** Existing records an import may match, limited to the communes (and tax codes) the file mentions. */
export async function loadImportCandidates(db: DbOrTx, communeCodes: string[], taxCodes: string[]) {
  const byCommune = communeCodes.length
    ? await db.select().from(producers).where(inArray(producers.communeCode, communeCodes))
    : [];
  const byTax = taxCodes.length
    ? await db.select().from(producers).where(inArray(producers.taxCode, taxCodes))
    : [];
  const producerRows = [...new Map([...byCommune, ...byTax].map((p) => [p.id, p])).values()];
  const producerIds = producerRows.map((p) => p.id);
  const productRows = producerIds.length
    ? await db.select().from(products).where(inArray(products.producerId, producerIds))
    : [];
  const productIds = productRows.map((p) => p.id);
  const certificateRows = productIds.length
    ? await db.select().from(certificates).where(inArray(certificates.productId, productIds))
    : [];
  return { producers: producerRows, products: productRows, certificates: certificateRows };
}

async function inChunks<T, R>(
  rows: readonly T[],
  size: number,
  run: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(...(await run(rows.slice(i, i + size))));
  return out;
}

export type NewProducer = typeof producers.$inferInsert;
export type NewProduct = typeof products.$inferInsert;
export type NewCertificate = typeof certificates.$inferInsert;

/** Multi-row inserts (an import of 20,000 rows must not take 60,000 round trips). */
export const insertProducersBulk = (db: DbOrTx, rows: NewProducer[]) =>
  inChunks(rows, 500, (chunk) => db.insert(producers).values(chunk).returning({ id: producers.id }));
export const insertProductsBulk = (db: DbOrTx, rows: NewProduct[]) =>
  inChunks(rows, 500, (chunk) => db.insert(products).values(chunk).returning({ id: products.id }));
export const insertCertificatesBulk = (db: DbOrTx, rows: NewCertificate[]) =>
  inChunks(rows, 500, (chunk) => db.insert(certificates).values(chunk).returning({ id: certificates.id }));

export async function setProductSets(db: DbOrTx, updates: { id: string; productSetId: number; at: Date }[]) {
  for (const u of updates) {
    await db
      .update(products)
      .set({ productSetId: u.productSetId, updatedAt: u.at })
      .where(eq(products.id, u.id));
  }
}
