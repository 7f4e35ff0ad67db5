import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates, productSaleChannels, products } from '../schema/index.ts';

export type ProductRow = typeof products.$inferSelect;
export type NewProductRow = typeof products.$inferInsert;
export type SaleChannelRow = typeof productSaleChannels.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;

export async function findProductById(db: DbOrTx, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  return row;
}

export async function findProductBySlug(db: DbOrTx, slug: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.slug, slug)).limit(1);
  return row;
}

export async function insertProduct(db: DbOrTx, row: NewProductRow): Promise<ProductRow> {
  const [inserted] = await db.insert(products).values(row).returning();
  if (!inserted) throw new Error('insert products returned no row');
  return inserted;
}

export async function updateProductRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewProductRow>,
): Promise<ProductRow> {
  const [row] = await db.update(products).set(patch).where(eq(products.id, id)).returning();
  if (!row) throw new Error(`update products ${id} matched no row`);
  return row;
}

export async function listSaleChannels(db: DbOrTx, productId: string): Promise<SaleChannelRow[]> {
  return db.select().from(productSaleChannels).where(eq(productSaleChannels.productId, productId));
}

export async function replaceSaleChannels(
  db: DbOrTx,
  productId: string,
  channels: readonly { kind: string; url: string }[],
): Promise<void> {
  await db.delete(productSaleChannels).where(eq(productSaleChannels.productId, productId));
  if (channels.length > 0) {
    await db.insert(productSaleChannels).values(channels.map((c) => ({ ...c, productId })));
  }
}

/** Every certificate of a product, newest first. */
export async function listCertificates(db: DbOrTx, productId: string): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(sql`${certificates.validFrom} desc, ${certificates.createdAt} desc`);
}

export async function findCertificate(
  db: DbOrTx,
  productId: string,
  certificateId: string,
): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.id, certificateId), eq(certificates.productId, productId)));
  return row;
}

export async function insertCertificate(db: DbOrTx, row: NewCertificateRow): Promise<CertificateRow> {
  const [inserted] = await db.insert(certificates).values(row).returning();
  if (!inserted) throw new Error('insert certificates returned no row');
  return inserted;
}

export async function updateCertificateRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewCertificateRow>,
): Promise<CertificateRow> {
  const [row] = await db.update(certificates).set(patch).where(eq(certificates.id, id)).returning();
  if (!row) throw new Error(`update certificates ${id} matched no row`);
  return row;
}

/** The highest serial already used in OCOP codes starting with `prefix` ("08-02245-"), for a year. */
export async function maxOcopSerial(db: DbOrTx, prefix: string, year: number): Promise<number> {
  const rows = await db
    .select({ code: products.ocopCode })
    .from(products)
    .where(sql`${products.ocopCode} like ${`${prefix}%-${year}`}`);
  return rows.reduce((max, r) => Math.max(max, Number(r.code?.split('-')[2] ?? 0)), 0);
}
