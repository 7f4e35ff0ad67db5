import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ScoreSheet } from '../../domain/scoring/evaluation-types.ts';
import { products } from './products.ts';
import { users } from './users.ts';

export const EVALUATION_KINDS = ['self_assessment_draft', 'council'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/**
 * Scored answer sheets (ADR 0009): a producer's self-assessment draft (one per user and product set), or a
 * council's evaluation of a product (written by the evaluation workflow; the latest one per product counts).
 * The sheets are kept as answered so they can be re-scored under another criteria set (what-if regrading).
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').references(() => products.id),
    kind: text('kind').$type<EvaluationKind>().notNull(),
    /** The decision whose criteria scored the sheets ("26/2026/QĐ-TTg"). */
    criteriaSetId: text('criteria_set_id').notNull(),
    /** sha256 of the criteria data that scored them (ADR 0008), when known. */
    criteriaFingerprint: text('criteria_fingerprint'),
    productSetId: integer('product_set_id').notNull(),
    /** [{ answers: { "1.1": 2, … }, gates?: ["dossier"] }]: one entry per evaluator. */
    sheets: jsonb('sheets').$type<ScoreSheet[]>().notNull(),
    resultTotal: numeric('result_total', { precision: 6, scale: 2 }),
    resultStars: integer('result_stars'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('evaluations_product_idx').on(t.productId, t.createdAt),
    uniqueIndex('evaluations_draft_uq')
      .on(t.createdBy, t.productSetId)
      .where(sql`${t.kind} = 'self_assessment_draft'`),
    check('evaluations_kind_check', sql`${t.kind} in ('self_assessment_draft', 'council')`),
    check('evaluations_council_product_check', sql`${t.kind} <> 'council' or ${t.productId} is not null`),
    check(
      'evaluations_draft_owner_check',
      sql`${t.kind} <> 'self_assessment_draft' or ${t.createdBy} is not null`,
    ),
    check('evaluations_product_set_check', sql`${t.productSetId} > 0`),
  ],
);
