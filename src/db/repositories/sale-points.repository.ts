import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { products, salePointProducts, salePoints } from '../schema/index.ts';
import { certificateStatusSql } from './certificate-status.sql.ts';

export type SalePointRow = typeof salePoints.$inferSelect;
export type NewSalePointRow = typeof salePoints.$inferInsert;
/** A sale point with its coordinates as numbers (numeric columns come back as strings). */
export type SalePointRecord = Omit<SalePointRow, 'lat' | 'lon'> & { lat: number | null; lon: number | null };

const toRecord = (row: SalePointRow): SalePointRecord => ({
  ...row,
  lat: row.lat === null ? null : Number(row.lat),
  lon: row.lon === null ? null : Number(row.lon),
});
/** Accent-insensitive alphabetical order ("Điểm…" among the D's), the same on both engines. */
const byName = sql`lower(f_unaccent(${salePoints.name})) collate "C"`;

export async function insertSalePoint(db: DbOrTx, row: NewSalePointRow): Promise<SalePointRecord> {
  const [inserted] = await db.insert(salePoints).values(row).returning();
  if (!inserted) throw new Error('insert sale_points returned no row');
  return toRecord(inserted);
}

export async function updateSalePointRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewSalePointRow>,
): Promise<SalePointRecord> {
  const [row] = await db.update(salePoints).set(patch).where(eq(salePoints.id, id)).returning();
  if (!row) throw new Error(`update sale_points ${id} matched no row`);
  return toRecord(row);
}

/** Deletes a sale point (its product links go with it). */
export async function deleteSalePointRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(salePoints).where(eq(salePoints.id, id));
}

export async function findSalePointById(db: DbOrTx, id: string): Promise<SalePointRecord | undefined> {
  const [row] = await db.select().from(salePoints).where(eq(salePoints.id, id)).limit(1);
  return row ? toRecord(row) : undefined;
}

export async function findSalePointBySlug(db: DbOrTx, slug: string): Promise<SalePointRecord | undefined> {
  const [row] = await db.select().from(salePoints).where(eq(salePoints.slug, slug)).limit(1);
  return row ? toRecord(row) : undefined;
}

export async function replaceSalePointProducts(
  db: DbOrTx,
  salePointId: string,
  productIds: readonly string[],
): Promise<void> {
  await db.delete(salePointProducts).where(eq(salePointProducts.salePointId, salePointId));
  if (productIds.length > 0) {
    await db.insert(salePointProducts).values(productIds.map((productId) => ({ salePointId, productId })));
  }
}

export type CarriedProductRow = {
  id: string;
  name: string;
  slug: string;
  provinceCode: string;
  stars: number | null;
  /** Certificate status on the day asked (see certificateStatusSql). */
  status: string;
  isArchived: boolean;
};

const carriedColumns = (today: string) => ({
  id: products.id,
  name: products.name,
  slug: products.slug,
  provinceCode: products.provinceCode,
  stars: products.currentStars,
  status: certificateStatusSql(today, 'products'),
  isArchived: sql<boolean>`${products.archivedAt} is not null`,
});

/** The products a sale point carries, in Vietnamese alphabetical order, with their status on `today`. */
export async function productsOfSalePoint(
  db: DbOrTx,
  salePointId: string,
  today: string,
): Promise<CarriedProductRow[]> {
  return db
    .select(carriedColumns(today))
    .from(salePointProducts)
    .innerJoin(products, eq(products.id, salePointProducts.productId))
    .where(eq(salePointProducts.salePointId, salePointId))
    .orderBy(sql`${products.sortKey} collate "C"`, asc(products.id));
}

/** The products among `ids` that exist, with their status on `today` (to validate what a sale point carries). */
export async function findProductsByIds(
  db: DbOrTx,
  ids: readonly string[],
  today: string,
): Promise<CarriedProductRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(carriedColumns(today))
    .from(products)
    .where(inArray(products.id, [...ids]));
}

export type SalePointListFilter = {
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  level?: string | undefined;
  locationType?: string | undefined;
  isActive?: boolean | undefined;
  /** Recognised by a decision (true) or not yet (false). */
  isRecognised?: boolean | undefined;
  /** Accent-insensitive part of the name or address. */
  q?: string | undefined;
  limit: number;
  offset: number;
};

function conditionsOf(filter: Omit<SalePointListFilter, 'limit' | 'offset'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.provinceCode) conditions.push(eq(salePoints.provinceCode, filter.provinceCode));
  if (filter.communeCode) conditions.push(eq(salePoints.communeCode, filter.communeCode));
  if (filter.level) conditions.push(eq(salePoints.level, filter.level as SalePointRow['level']));
  if (filter.locationType) conditions.push(eq(salePoints.locationType, filter.locationType));
  if (filter.isActive !== undefined) conditions.push(eq(salePoints.isActive, filter.isActive));
  if (filter.isRecognised !== undefined)
    conditions.push(
      filter.isRecognised ? isNotNull(salePoints.recognisedOn) : isNull(salePoints.recognisedOn),
    );
  if (filter.q) {
    const folded = sql`'%' || lower(f_unaccent(${filter.q})) || '%'`;
    conditions.push(
      sql`(lower(f_unaccent(${salePoints.name})) like ${folded} or lower(f_unaccent(${salePoints.address})) like ${folded})`,
    );
  }
  return and(...conditions);
}

/** Back-office list with the number of products each carries. */
export async function listSalePoints(db: DbOrTx, filter: SalePointListFilter) {
  const where = conditionsOf(filter);
  const productCount = sql<number>`(select count(*)::int from sale_point_products spp where spp.sale_point_id = sale_points.id)`;
  const rows = await db
    .select({ salePoint: salePoints, productCount })
    .from(salePoints)
    .where(where)
    .orderBy(byName, asc(salePoints.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(salePoints).where(where);
  return {
    items: rows.map((r) => ({ salePoint: toRecord(r.salePoint), productCount: Number(r.productCount) })),
    total: total?.n ?? 0,
  };
}

/** Products of a province that hold (or held) a certificate, best stars first: the demo seed stocks its points. */
export async function certifiedProductIdsOfProvince(
  db: DbOrTx,
  provinceCode: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(
      and(
        eq(products.provinceCode, provinceCode),
        sql`${products.currentValidFrom} is not null`,
        sql`${products.archivedAt} is null`,
      ),
    )
    .orderBy(sql`${products.currentStars} desc nulls last`, sql`${products.sortKey} collate "C"`)
    .limit(limit);
  return rows.map((r) => r.id);
}
