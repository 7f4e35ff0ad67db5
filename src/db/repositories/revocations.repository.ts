import { and, count, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates, evidenceDocuments, products, revocations } from '../schema/index.ts';

export type RevocationRow = typeof revocations.$inferSelect;
export type NewRevocationRow = typeof revocations.$inferInsert;
export type CertificateForRevocation = typeof certificates.$inferSelect;

/** A case with what its views show of the product and the certificate. */
export type RevocationDetailRow = {
  revocation: RevocationRow;
  product: { id: string; name: string; producerId: string };
  certificate: { id: string; number: string | null; stars: number; validFrom: string; validTo: string };
};

export type RevocationListFilter = {
  /** null: every province (ministry); a code: that province only. */
  provinceCode: string | null;
  state?: RevocationRow['state'] | undefined;
  /** Cases still open whose due day is before this day. */
  overdueOn?: string | undefined;
  limit: number;
  offset: number;
};

const detailColumns = {
  revocation: revocations,
  product: { id: products.id, name: products.name, producerId: products.producerId },
  certificate: {
    id: certificates.id,
    number: certificates.number,
    stars: certificates.stars,
    validFrom: certificates.validFrom,
    validTo: certificates.validTo,
  },
};

const withDetail = (db: DbOrTx) =>
  db
    .select(detailColumns)
    .from(revocations)
    .innerJoin(products, eq(products.id, revocations.productId))
    .innerJoin(certificates, eq(certificates.id, revocations.certificateId));

export async function findRevocationDetail(db: DbOrTx, id: string): Promise<RevocationDetailRow | undefined> {
  const [row] = await withDetail(db).where(eq(revocations.id, id)).limit(1);
  return row;
}

/** Locks the case for the rest of the transaction (one decision at a time). */
export async function lockRevocation(db: DbOrTx, id: string): Promise<RevocationRow | undefined> {
  const [row] = await db.select().from(revocations).where(eq(revocations.id, id)).for('update').limit(1);
  return row;
}

/** Locks the certificate, so two proposals for it cannot both pass the "no open case" check. */
export async function lockCertificateForRevocation(
  db: DbOrTx,
  certificateId: string,
): Promise<CertificateForRevocation | undefined> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.id, certificateId))
    .for('update')
    .limit(1);
  return row;
}

export async function findOpenRevocation(
  db: DbOrTx,
  certificateId: string,
): Promise<RevocationRow | undefined> {
  const [row] = await db
    .select()
    .from(revocations)
    .where(and(eq(revocations.certificateId, certificateId), eq(revocations.state, 'proposed')))
    .limit(1);
  return row;
}

export async function insertRevocation(db: DbOrTx, row: NewRevocationRow): Promise<RevocationRow> {
  const [inserted] = await db.insert(revocations).values(row).returning();
  if (!inserted) throw new Error('insert revocations returned no row');
  return inserted;
}

export async function updateRevocation(
  db: DbOrTx,
  id: string,
  patch: Partial<NewRevocationRow>,
): Promise<RevocationRow> {
  const [row] = await db.update(revocations).set(patch).where(eq(revocations.id, id)).returning();
  if (!row) throw new Error(`update revocations ${id} matched no row`);
  return row;
}

/** Newest first, with the total for paging. */
export async function listRevocations(
  db: DbOrTx,
  f: RevocationListFilter,
): Promise<{ rows: RevocationDetailRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.provinceCode !== null) where.push(eq(revocations.provinceCode, f.provinceCode));
  if (f.state) where.push(eq(revocations.state, f.state));
  if (f.overdueOn) where.push(eq(revocations.state, 'proposed'), lt(revocations.dueOn, f.overdueOn));
  const condition = where.length > 0 ? and(...where) : undefined;
  const rows = await withDetail(db)
    .where(condition)
    .orderBy(desc(revocations.createdAt), desc(revocations.id))
    .limit(f.limit)
    .offset(f.offset);
  const [counted] = await db.select({ total: count() }).from(revocations).where(condition);
  return { rows, total: counted?.total ?? 0 };
}

/** Which of `ids` are evidence documents of the producer. */
export async function findProducerEvidenceIds(
  db: DbOrTx,
  producerId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: evidenceDocuments.id })
    .from(evidenceDocuments)
    .where(and(eq(evidenceDocuments.producerId, producerId), inArray(evidenceDocuments.id, [...ids])));
  return rows.map((r) => r.id);
}
