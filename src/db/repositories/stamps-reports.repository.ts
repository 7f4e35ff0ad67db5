import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { misuseReports, products } from '../schema/index.ts';

export type MisuseReportRow = typeof misuseReports.$inferSelect;
export type NewMisuseReportRow = typeof misuseReports.$inferInsert;
export type MisuseReportDetailRow = { report: MisuseReportRow; productName: string | null };

export async function insertMisuseReport(db: DbOrTx, row: NewMisuseReportRow): Promise<MisuseReportRow> {
  const [inserted] = await db.insert(misuseReports).values(row).returning();
  if (!inserted) throw new Error('insert misuse_reports returned no row');
  return inserted;
}

const withProduct = (db: DbOrTx) =>
  db
    .select({ report: misuseReports, productName: products.name })
    .from(misuseReports)
    .leftJoin(products, eq(products.id, misuseReports.productId));

export type MisuseReportFilter = {
  /** 'all': the ministry sees every case; 'ministry': the unrouted ones; a code: that province's. */
  province: { kind: 'all' } | { kind: 'ministry' } | { kind: 'province'; code: string };
  state?: MisuseReportRow['state'] | undefined;
  limit: number;
  offset: number;
};

export async function listMisuseReports(
  db: DbOrTx,
  filter: MisuseReportFilter,
): Promise<{ rows: MisuseReportDetailRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.province.kind === 'province')
    conditions.push(eq(misuseReports.provinceCode, filter.province.code));
  if (filter.province.kind === 'ministry') conditions.push(isNull(misuseReports.provinceCode));
  if (filter.state) conditions.push(eq(misuseReports.state, filter.state));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await withProduct(db)
    .where(where)
    .orderBy(desc(misuseReports.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(misuseReports).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findMisuseReport(db: DbOrTx, id: string): Promise<MisuseReportDetailRow | undefined> {
  const [row] = await withProduct(db).where(eq(misuseReports.id, id)).limit(1);
  return row;
}

export async function lockMisuseReport(db: DbOrTx, id: string): Promise<MisuseReportRow | undefined> {
  const [row] = await db.select().from(misuseReports).where(eq(misuseReports.id, id)).for('update').limit(1);
  return row;
}

export async function updateMisuseReport(
  db: DbOrTx,
  id: string,
  patch: Partial<NewMisuseReportRow>,
): Promise<MisuseReportRow> {
  const [row] = await db.update(misuseReports).set(patch).where(eq(misuseReports.id, id)).returning();
  if (!row) throw new Error(`misuse report ${id} vanished`);
  return row;
}
