import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { products } from './products.ts';

/**
 * OCOP certificates (giấy chứng nhận): every one a product ever had is kept. Authority and unit names are
 * stored as issued (a pre-2025 district authority stays as written). Status is computed, never stored.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    number: text('number'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    issuingLevel: text('issuing_level').notNull(),
    authorityName: text('authority_name'),
    stars: integer('stars').notNull(),
    score: numeric('score', { precision: 5, scale: 2 }),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    /**
     * 'day' when the dates are known; 'year' for legacy lists that give only the year of the decision:
     * valid_from is then 1 January and valid_to the latest expiry possible that year (ADR 0010).
     */
    datesPrecision: text('dates_precision').notNull().default('day'),
    revokedOn: date('revoked_on'),
    revocationGround: text('revocation_ground'),
    reEvaluationPendingSince: date('re_evaluation_pending_since'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('certificates_product_idx').on(t.productId, t.validFrom),
    check('certificates_stars_check', sql`${t.stars} between 3 and 5`),
    check('certificates_level_check', sql`${t.issuingLevel} in ('province', 'ministry')`),
    check('certificates_dates_check', sql`${t.validTo} > ${t.validFrom}`),
    check('certificates_precision_check', sql`${t.datesPrecision} in ('day', 'year')`),
  ],
);
