import { asc, eq, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { certificates } from '../schema/certificates.ts';
import { decisions } from '../schema/decisions.ts';
import { dossiers } from '../schema/dossiers.ts';

export type DecisionRow = typeof decisions.$inferSelect;

export async function findDecision(db: DbOrTx, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id)).limit(1);
  return row;
}

export async function lockDecision(db: DbOrTx, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id)).for('update').limit(1);
  return row;
}

export async function insertDecision(db: DbOrTx, row: typeof decisions.$inferInsert): Promise<DecisionRow> {
  const [inserted] = await db.insert(decisions).values(row).returning();
  if (!inserted) throw new Error('insert decisions returned no row');
  return inserted;
}

export async function updateDecision(
  db: DbOrTx,
  id: string,
  changes: Partial<typeof decisions.$inferInsert>,
) {
  const [row] = await db.update(decisions).set(changes).where(eq(decisions.id, id)).returning();
  if (!row) throw new Error(`decision ${id} vanished`);
  return row;
}

/** The dossiers a decision covers (province decisions via decision_id, central via central_decision_id). */
export function dossiersOfDecision(db: DbOrTx, id: string) {
  return db
    .select()
    .from(dossiers)
    .where(or(eq(dossiers.decisionId, id), eq(dossiers.centralDecisionId, id)))
    .orderBy(asc(dossiers.id));
}

export function listDecisionRows(db: DbOrTx) {
  return db.select().from(decisions).orderBy(sql`${decisions.createdAt} desc`);
}

/** How many certificates already carry numbers starting with `prefix` (for the next serial). */
export async function countCertificateNumbers(db: DbOrTx, prefix: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(certificates)
    .where(like(certificates.number, `${prefix}%`));
  return row?.n ?? 0;
}
