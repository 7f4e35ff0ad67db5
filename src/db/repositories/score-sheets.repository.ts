import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { councilRecusals, scoreSheets } from '../schema/dossiers.ts';

export type ScoreSheetRow = typeof scoreSheets.$inferSelect;
export type NewScoreSheetRow = typeof scoreSheets.$inferInsert;
export type RecusalRow = typeof councilRecusals.$inferSelect;

export function listScoreSheets(db: DbOrTx, dossierId: string, level: 'province' | 'central') {
  return db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.dossierId, dossierId), eq(scoreSheets.level, level)))
    .orderBy(asc(scoreSheets.submittedAt), asc(scoreSheets.id));
}

export async function findScoreSheet(db: DbOrTx, id: string): Promise<ScoreSheetRow | undefined> {
  const [row] = await db.select().from(scoreSheets).where(eq(scoreSheets.id, id)).limit(1);
  return row;
}

export async function insertScoreSheet(db: DbOrTx, row: NewScoreSheetRow): Promise<ScoreSheetRow> {
  const [inserted] = await db.insert(scoreSheets).values(row).returning();
  if (!inserted) throw new Error('insert score_sheets returned no row');
  return inserted;
}

export function listRecusals(db: DbOrTx, dossierId: string, councilId: string): Promise<RecusalRow[]> {
  return db
    .select()
    .from(councilRecusals)
    .where(and(eq(councilRecusals.dossierId, dossierId), eq(councilRecusals.councilId, councilId)));
}

export async function insertRecusal(
  db: DbOrTx,
  row: typeof councilRecusals.$inferInsert,
): Promise<RecusalRow> {
  const [inserted] = await db.insert(councilRecusals).values(row).returning();
  if (!inserted) throw new Error('insert council_recusals returned no row');
  return inserted;
}

/** The latest sheet of each member (a re-score supersedes the earlier sheet). */
export function latestPerMember(sheets: readonly ScoreSheetRow[]): ScoreSheetRow[] {
  const latest = new Map<string, ScoreSheetRow>();
  for (const sheet of sheets) {
    const current = latest.get(sheet.memberId);
    if (!current || sheet.pass > current.pass) latest.set(sheet.memberId, sheet);
  }
  return [...latest.values()];
}
