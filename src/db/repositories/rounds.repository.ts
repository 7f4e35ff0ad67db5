import { and, asc, eq, gte, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { evaluationRounds } from '../schema/councils.ts';

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type NewRoundRow = typeof evaluationRounds.$inferInsert;

export async function findRound(db: DbOrTx, id: string | null): Promise<RoundRow | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, id)).limit(1);
  return row;
}

export async function insertRound(db: DbOrTx, row: NewRoundRow): Promise<RoundRow> {
  const [inserted] = await db.insert(evaluationRounds).values(row).returning();
  if (!inserted) throw new Error('insert evaluation_rounds returned no row');
  return inserted;
}

export function listRounds(
  db: DbOrTx,
  filter: { level?: 'province' | 'central'; provinceCode?: string | null; year?: number },
): Promise<RoundRow[]> {
  const where: SQL[] = [];
  if (filter.level) where.push(eq(evaluationRounds.level, filter.level));
  if (filter.provinceCode === null) where.push(isNull(evaluationRounds.provinceCode));
  else if (filter.provinceCode) where.push(eq(evaluationRounds.provinceCode, filter.provinceCode));
  if (filter.year) where.push(eq(evaluationRounds.year, filter.year));
  return db
    .select()
    .from(evaluationRounds)
    .where(and(...where))
    .orderBy(asc(evaluationRounds.intakeDeadline), asc(evaluationRounds.name));
}

/** The first open central (5★) round still taking proposals on `day`. */
export async function nextOpenCentralRound(db: DbOrTx, day: string): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationRounds)
    .where(
      and(
        eq(evaluationRounds.level, 'central'),
        eq(evaluationRounds.isClosed, false),
        gte(evaluationRounds.intakeDeadline, day),
      ),
    )
    .orderBy(asc(evaluationRounds.intakeDeadline))
    .limit(1);
  return row;
}
