import { and, asc, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates, marketplaces, producers, products, provinces2025 } from '../schema/index.ts';

export type MarketplaceRow = typeof marketplaces.$inferSelect;
export type NewMarketplaceRow = typeof marketplaces.$inferInsert;

export async function insertMarketplace(db: DbOrTx, row: NewMarketplaceRow): Promise<MarketplaceRow> {
  const [inserted] = await db.insert(marketplaces).values(row).returning();
  if (!inserted) throw new Error('insert marketplaces returned no row');
  return inserted;
}

export async function findMarketplaceById(db: DbOrTx, id: string): Promise<MarketplaceRow | undefined> {
  const [row] = await db.select().from(marketplaces).where(eq(marketplaces.id, id)).limit(1);
  return row;
}

export async function updateMarketplaceRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewMarketplaceRow>,
): Promise<MarketplaceRow> {
  const [row] = await db.update(marketplaces).set(patch).where(eq(marketplaces.id, id)).returning();
  if (!row) throw new Error(`update marketplaces ${id} matched no row`);
  return row;
}

/** Active first, then by name. */
export async function listMarketplaces(db: DbOrTx): Promise<MarketplaceRow[]> {
  return db
    .select()
    .from(marketplaces)
    .orderBy(desc(marketplaces.isActive), asc(marketplaces.name), asc(marketplaces.id));
}

export async function activeMarketplaceIds(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: marketplaces.id })
    .from(marketplaces)
    .where(eq(marketplaces.isActive, true));
  return rows.map((r) => r.id);
}

/** A product with what its public status needs: producer, province name and its current certificate. */
export type StatusProductRow = {
  product: typeof products.$inferSelect;
  producerName: string;
  provinceName: string;
  certificate: typeof certificates.$inferSelect | null;
};

async function statusProductWhere(db: DbOrTx, where: SQL): Promise<StatusProductRow | undefined> {
  const [found] = await db
    .select({ product: products, producerName: producers.name, provinceName: provinces2025.name })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(provinces2025, eq(provinces2025.code, products.provinceCode))
    .where(and(where, isNull(products.archivedAt)))
    // Several products may share a GTIN: the one with the latest certificate answers.
    .orderBy(sql`${products.currentValidFrom} desc nulls last`, desc(products.createdAt))
    .limit(1);
  if (!found) return undefined;
  // The current certificate, chosen as refreshCurrentCertificates() chooses it.
  const [certificate] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, found.product.id))
    .orderBy(desc(certificates.validFrom), desc(certificates.createdAt))
    .limit(1);
  return { ...found, certificate: certificate ?? null };
}

export type StatusProductKey =
  | { kind: 'id'; id: string }
  | { kind: 'gtin'; gtin: string }
  | { kind: 'ocop_code'; code: string };

/** The (non-archived) product a public status request names. */
export async function findStatusProduct(
  db: DbOrTx,
  key: StatusProductKey,
): Promise<StatusProductRow | undefined> {
  switch (key.kind) {
    case 'id':
      return statusProductWhere(db, eq(products.id, key.id));
    case 'gtin':
      return statusProductWhere(db, eq(products.gtin, key.gtin));
    case 'ocop_code':
      return statusProductWhere(db, eq(products.ocopCode, key.code));
  }
}

/** Whether the product had a certificate other than `certificateId` (re-certification vs first one). */
export async function hasOtherCertificate(
  db: DbOrTx,
  productId: string,
  certificateId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.productId, productId), ne(certificates.id, certificateId)))
    .limit(1);
  return row !== undefined;
}
