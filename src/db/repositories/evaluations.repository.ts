import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { evaluations } from '../schema/evaluations.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluationRow = typeof evaluations.$inferInsert;

export async function insertEvaluation(db: DbOrTx, row: NewEvaluationRow): Promise<EvaluationRow> {
  const [inserted] = await db.insert(evaluations).values(row).returning();
  if (!inserted) throw new Error('insert evaluations returned no row');
  return inserted;
}

/** The user's self-assessment draft for a product set, if any. */
export async function findSelfAssessmentDraft(
  db: DbOrTx,
  userId: string,
  productSetId: number,
): Promise<EvaluationRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.kind, 'self_assessment_draft'),
        eq(evaluations.createdBy, userId),
        eq(evaluations.productSetId, productSetId),
      ),
    )
    .limit(1);
  return row;
}

/** Inserts the draft of (createdBy, productSetId), or replaces its sheets and result; returns the stored row. */
export async function upsertSelfAssessmentDraft(
  db: DbOrTx,
  row: Omit<NewEvaluationRow, 'kind' | 'createdBy'> & { createdBy: string },
): Promise<EvaluationRow> {
  const { createdAt: _createdAt, id: _id, ...changes } = row;
  const [stored] = await db
    .insert(evaluations)
    .values({ ...row, kind: 'self_assessment_draft' })
    .onConflictDoUpdate({
      target: [evaluations.createdBy, evaluations.productSetId],
      targetWhere: sql`${evaluations.kind} = 'self_assessment_draft'`,
      set: changes,
    })
    .returning();
  if (!stored) throw new Error('upsert self-assessment draft returned no row');
  return stored;
}

/** A product's latest council evaluation, with what a regrade report shows about the product. */
export type LatestCouncilEvaluation = {
  id: string;
  productId: string;
  productName: string;
  criteriaSetId: string;
  productSetId: number;
  sheets: unknown;
  resultTotal: number | null;
  resultStars: number | null;
  /** Stars of the product's current certificate (the latest one), or null. */
  certifiedStars: number | null;
};

type RawRow = {
  id: string;
  product_id: string;
  product_name: string;
  criteria_set_id: string;
  product_set_id: number;
  sheets: unknown;
  result_total: string | null;
  result_stars: number | null;
  certified_stars: number | null;
};

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The latest council evaluation of every product that has one, in Vietnamese product-name order. */
export async function listLatestCouncilEvaluations(db: DbOrTx): Promise<LatestCouncilEvaluation[]> {
  const result = await db.execute(sql`
    select e.id, e.product_id, p.name as product_name, e.criteria_set_id, e.product_set_id, e.sheets,
      e.result_total::text as result_total, e.result_stars, p.current_stars as certified_stars
    from (
      select distinct on (product_id) * from evaluations
      where kind = 'council'
      order by product_id, created_at desc, id desc
    ) e
    join products p on p.id = e.product_id
    order by p.sort_key collate "C", p.id`);
  return rowsOf<RawRow>(result).map((r) => ({
    id: r.id,
    productId: r.product_id,
    productName: r.product_name,
    criteriaSetId: r.criteria_set_id,
    productSetId: Number(r.product_set_id),
    sheets: typeof r.sheets === 'string' ? JSON.parse(r.sheets) : r.sheets,
    resultTotal: numberOrNull(r.result_total),
    resultStars: numberOrNull(r.result_stars),
    certifiedStars: numberOrNull(r.certified_stars),
  }));
}
