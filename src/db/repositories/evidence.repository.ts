import { and, asc, desc, eq, inArray, isNull, max, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { evaluationRounds } from '../schema/councils.ts';
import { dossierEvidence, evidenceDocuments } from '../schema/evidence.ts';
import { producers } from '../schema/producers.ts';

export type EvidenceRow = typeof evidenceDocuments.$inferSelect;
export type NewEvidenceRow = typeof evidenceDocuments.$inferInsert;
export type DossierEvidenceRow = typeof dossierEvidence.$inferSelect;
export type LinkedEvidenceRow = { link: DossierEvidenceRow; evidence: EvidenceRow };

export async function findEvidenceById(db: DbOrTx, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceDocuments).where(eq(evidenceDocuments.id, id)).limit(1);
  return row;
}

/** The producer's document with these exact bytes, if it already has one (archived included). */
export async function findEvidenceBySha256(
  db: DbOrTx,
  producerId: string,
  sha256: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(evidenceDocuments)
    .where(and(eq(evidenceDocuments.producerId, producerId), eq(evidenceDocuments.sha256, sha256)))
    .orderBy(asc(evidenceDocuments.createdAt))
    .limit(1);
  return row;
}

/** Serialises uploads to one producer's wallet (the same file sent twice at once is stored once). */
export async function lockProducerWallet(db: DbOrTx, producerId: string): Promise<void> {
  await db.select({ id: producers.id }).from(producers).where(eq(producers.id, producerId)).for('update');
}

export function listProducerEvidence(
  db: DbOrTx,
  producerId: string,
  filter: { type?: string | undefined; includeArchived: boolean },
): Promise<EvidenceRow[]> {
  const where: SQL[] = [eq(evidenceDocuments.producerId, producerId)];
  if (filter.type) where.push(eq(evidenceDocuments.type, filter.type));
  if (!filter.includeArchived) where.push(isNull(evidenceDocuments.archivedAt));
  return db
    .select()
    .from(evidenceDocuments)
    .where(and(...where))
    .orderBy(asc(evidenceDocuments.type), desc(evidenceDocuments.createdAt), asc(evidenceDocuments.id));
}

/** Those of `ids` that are documents of the producer. */
export async function findProducerEvidence(
  db: DbOrTx,
  producerId: string,
  ids: readonly string[],
): Promise<EvidenceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evidenceDocuments)
    .where(and(eq(evidenceDocuments.producerId, producerId), inArray(evidenceDocuments.id, [...ids])));
}

export async function insertEvidence(db: DbOrTx, row: NewEvidenceRow): Promise<EvidenceRow> {
  const [inserted] = await db.insert(evidenceDocuments).values(row).returning();
  if (!inserted) throw new Error('insert evidence_documents returned no row');
  return inserted;
}

export async function updateEvidenceRow(
  db: DbOrTx,
  id: string,
  changes: Partial<NewEvidenceRow>,
): Promise<EvidenceRow> {
  const [row] = await db
    .update(evidenceDocuments)
    .set(changes)
    .where(eq(evidenceDocuments.id, id))
    .returning();
  if (!row) throw new Error(`evidence ${id} vanished`);
  return row;
}

/** The dossier's links with their documents, oldest link first. */
export function listDossierEvidence(db: DbOrTx, dossierId: string): Promise<LinkedEvidenceRow[]> {
  return db
    .select({ link: dossierEvidence, evidence: evidenceDocuments })
    .from(dossierEvidence)
    .innerJoin(evidenceDocuments, eq(evidenceDocuments.id, dossierEvidence.evidenceId))
    .where(eq(dossierEvidence.dossierId, dossierId))
    .orderBy(
      asc(dossierEvidence.createdAt),
      asc(dossierEvidence.criterionCode),
      asc(evidenceDocuments.title),
    );
}

export async function isLinkedToDossier(db: DbOrTx, dossierId: string, evidenceId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dossierEvidence.evidenceId })
    .from(dossierEvidence)
    .where(and(eq(dossierEvidence.dossierId, dossierId), eq(dossierEvidence.evidenceId, evidenceId)))
    .limit(1);
  return row !== undefined;
}

export async function deleteDossierEvidence(db: DbOrTx, dossierId: string): Promise<void> {
  await db.delete(dossierEvidence).where(eq(dossierEvidence.dossierId, dossierId));
}

export async function insertDossierEvidence(
  db: DbOrTx,
  rows: readonly (typeof dossierEvidence.$inferInsert)[],
): Promise<DossierEvidenceRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(dossierEvidence)
    .values([...rows])
    .onConflictDoNothing()
    .returning();
}

/** The latest decision deadline of the rounds a dossier is in (province round, central round for 5★). */
export async function findDecisionDeadline(db: DbOrTx, roundIds: readonly string[]): Promise<string | null> {
  if (roundIds.length === 0) return null;
  const [row] = await db
    .select({ deadline: max(evaluationRounds.decisionDeadline) })
    .from(evaluationRounds)
    .where(inArray(evaluationRounds.id, [...roundIds]));
  return row?.deadline ?? null;
}
