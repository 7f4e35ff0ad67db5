import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { planTargets, programmePlans } from '../schema/index.ts';

export type PlanRow = typeof programmePlans.$inferSelect;
export type NewPlanRow = typeof programmePlans.$inferInsert;
export type PlanTargetRow = typeof planTargets.$inferSelect;
export type NewPlanTargetRow = typeof planTargets.$inferInsert;

export async function insertPlan(db: DbOrTx, row: NewPlanRow): Promise<PlanRow> {
  const [inserted] = await db.insert(programmePlans).values(row).returning();
  if (!inserted) throw new Error('insert programme_plans returned no row');
  return inserted;
}

export async function updatePlanRow(db: DbOrTx, id: string, patch: Partial<NewPlanRow>): Promise<PlanRow> {
  const [row] = await db.update(programmePlans).set(patch).where(eq(programmePlans.id, id)).returning();
  if (!row) throw new Error(`update programme_plans ${id} matched no row`);
  return row;
}

/** Deletes a plan; its targets go with it (on delete cascade). */
export async function deletePlanRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(programmePlans).where(eq(programmePlans.id, id));
}

export async function findPlanById(db: DbOrTx, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(programmePlans).where(eq(programmePlans.id, id)).limit(1);
  return row;
}

/** Plans of one province, of the nation (provinceCode null), or all (undefined); latest period first. */
export async function listPlans(
  db: DbOrTx,
  filter: { level?: 'province' | 'national' | undefined; provinceCode?: string | null | undefined },
): Promise<PlanRow[]> {
  const conditions: SQL[] = [];
  if (filter.level) conditions.push(eq(programmePlans.level, filter.level));
  if (filter.provinceCode === null) conditions.push(isNull(programmePlans.provinceCode));
  else if (filter.provinceCode) conditions.push(eq(programmePlans.provinceCode, filter.provinceCode));
  return db
    .select()
    .from(programmePlans)
    .where(and(...conditions))
    .orderBy(desc(programmePlans.periodTo), asc(programmePlans.name), asc(programmePlans.id));
}

export async function targetsOfPlans(db: DbOrTx, planIds: readonly string[]): Promise<PlanTargetRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planTargets)
    .where(inArray(planTargets.planId, [...planIds]))
    .orderBy(asc(planTargets.planId), asc(planTargets.sortOrder), asc(planTargets.id));
}

/** Replaces a plan's targets with `rows` (ids given are kept, so a target keeps its id across edits). */
export async function replacePlanTargets(
  db: DbOrTx,
  planId: string,
  rows: readonly NewPlanTargetRow[],
): Promise<void> {
  await db.delete(planTargets).where(eq(planTargets.planId, planId));
  if (rows.length > 0) await db.insert(planTargets).values([...rows]);
}
