import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { councilMembers, councils } from '../schema/councils.ts';
import { councilRecusals, dossierEvents, dossiers } from '../schema/dossiers.ts';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossierRow = typeof dossiers.$inferInsert;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type CouncilRow = typeof councils.$inferSelect;
export type CouncilMemberRow = typeof councilMembers.$inferSelect;

export async function findDossierById(db: DbOrTx, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
  return row;
}

/** Locks the dossier row for the rest of the transaction (one transition at a time). */
export async function lockDossier(db: DbOrTx, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).for('update').limit(1);
  return row;
}

export async function insertDossier(db: DbOrTx, row: NewDossierRow): Promise<DossierRow> {
  const [inserted] = await db.insert(dossiers).values(row).returning();
  if (!inserted) throw new Error('insert dossiers returned no row');
  return inserted;
}

export async function updateDossier(
  db: DbOrTx,
  id: string,
  changes: Partial<NewDossierRow>,
): Promise<DossierRow> {
  const [row] = await db
    .update(dossiers)
    .set({ ...changes, version: sql`${dossiers.version} + 1` })
    .where(eq(dossiers.id, id))
    .returning();
  if (!row) throw new Error(`dossier ${id} vanished`);
  return row;
}

export async function insertDossierEvent(
  db: DbOrTx,
  row: typeof dossierEvents.$inferInsert,
): Promise<DossierEventRow> {
  const [inserted] = await db.insert(dossierEvents).values(row).returning();
  if (!inserted) throw new Error('insert dossier_events returned no row');
  return inserted;
}

export function listDossierEvents(db: DbOrTx, dossierId: string): Promise<DossierEventRow[]> {
  return db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.at), asc(dossierEvents.id));
}

export async function findCouncil(db: DbOrTx, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(councils).where(eq(councils.id, id)).limit(1);
  return row;
}

export function listCouncilMembers(db: DbOrTx, councilId: string): Promise<CouncilMemberRow[]> {
  return db.select().from(councilMembers).where(eq(councilMembers.councilId, councilId));
}

/** The user's seat on a council, if any. */
export async function findCouncilSeat(
  db: DbOrTx,
  councilId: string,
  userId: string,
): Promise<CouncilMemberRow | undefined> {
  const [row] = await db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.councilId, councilId), eq(councilMembers.userId, userId)))
    .limit(1);
  return row;
}

export async function isRecused(db: DbOrTx, dossierId: string, councilId: string, userId: string) {
  const [row] = await db
    .select({ id: councilRecusals.id })
    .from(councilRecusals)
    .where(
      and(
        eq(councilRecusals.dossierId, dossierId),
        eq(councilRecusals.councilId, councilId),
        eq(councilRecusals.memberId, userId),
      ),
    )
    .limit(1);
  return row !== undefined;
}
