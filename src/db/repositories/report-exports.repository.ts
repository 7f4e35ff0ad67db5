import { and, asc, desc, eq, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates, producers, products, reportExports } from '../schema/index.ts';
import { vietnamDateSql } from './indicators-intervals.sql.ts';

export type ReportExportRow = typeof reportExports.$inferSelect;
export type NewReportExportRow = typeof reportExports.$inferInsert;

/**
 * Records a monthly national export file; a second one for the same month and format replaces the first
 * (report_exports_monthly_uq), so running an export again never leaves two rows.
 */
export async function upsertMonthlyExport(db: DbOrTx, row: NewReportExportRow): Promise<ReportExportRow> {
  const [saved] = await db
    .insert(reportExports)
    .values({ ...row, kind: 'national_monthly' })
    .onConflictDoUpdate({
      target: [reportExports.kind, reportExports.periodFrom, reportExports.format],
      targetWhere: sql`${reportExports.kind} = 'national_monthly'`,
      set: {
        periodTo: row.periodTo,
        storageKey: row.storageKey,
        rowCount: row.rowCount,
        createdAt: row.createdAt,
      },
    })
    .returning();
  if (!saved) throw new Error('upsert report_exports returned no row');
  return saved;
}

/** The files recorded for one month of the national export. */
export async function monthlyExportsOf(db: DbOrTx, periodFrom: string): Promise<ReportExportRow[]> {
  return db
    .select()
    .from(reportExports)
    .where(and(eq(reportExports.kind, 'national_monthly'), eq(reportExports.periodFrom, periodFrom)))
    .orderBy(asc(reportExports.format));
}

/** Recorded exports, latest period first. */
export async function listReportExportRows(db: DbOrTx, limit: number): Promise<ReportExportRow[]> {
  return db
    .select()
    .from(reportExports)
    .orderBy(desc(reportExports.periodFrom), asc(reportExports.kind), asc(reportExports.format))
    .limit(limit);
}

export async function findReportExport(db: DbOrTx, id: string): Promise<ReportExportRow | undefined> {
  const [row] = await db.select().from(reportExports).where(eq(reportExports.id, id)).limit(1);
  return row;
}

/** A certified product with the certificate it had on a day (the latest started by then). */
export type CertifiedProductRow = Awaited<ReturnType<typeof certifiedProductsOn>>[number];

const notArchivedBy = (column: SQL, day: string) =>
  or(isNull(column), sql`${vietnamDateSql(column)} > ${day}::date`);

/**
 * Every product that had a certificate by `day`, with that day's certificate: the one with the latest start on
 * or before it, then the latest recorded (the rule of the indicators, ADR 0015). Products and producers
 * archived by then are left out. Ordered by province, commune, then product name (Vietnamese order).
 */
export async function certifiedProductsOn(db: DbOrTx, day: string) {
  const rows = await db
    .selectDistinctOn([certificates.productId], {
      productId: products.id,
      producerId: products.producerId,
      ocopCode: products.ocopCode,
      name: products.name,
      sortKey: products.sortKey,
      productSetId: products.productSetId,
      provinceCode: products.provinceCode,
      communeCode: products.communeCode,
      producerName: producers.name,
      producerType: producers.type,
      producerTaxCode: producers.taxCode,
      certificateNumber: certificates.number,
      decisionNumber: certificates.decisionNumber,
      decisionDate: certificates.decisionDate,
      issuingLevel: certificates.issuingLevel,
      authorityName: certificates.authorityName,
      stars: certificates.stars,
      validFrom: certificates.validFrom,
      validTo: certificates.validTo,
      datesPrecision: certificates.datesPrecision,
      revokedOn: certificates.revokedOn,
      revocationGround: certificates.revocationGround,
      reEvaluationPendingSince: certificates.reEvaluationPendingSince,
    })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(
      and(
        lte(certificates.validFrom, day),
        notArchivedBy(sql`${products.archivedAt}`, day),
        notArchivedBy(sql`${producers.archivedAt}`, day),
      ),
    )
    .orderBy(certificates.productId, desc(certificates.validFrom), desc(certificates.createdAt));
  const key = (r: (typeof rows)[number]) =>
    `${r.provinceCode}\u0000${r.communeCode}\u0000${r.sortKey}\u0000${r.productId}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
