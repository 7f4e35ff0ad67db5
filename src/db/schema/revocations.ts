import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces2025 } from './admin-units.ts';
import { certificates } from './certificates.ts';
import { products } from './products.ts';
import { users } from './users.ts';

/** A revocation case (Art. 8): proposed by the OCOP office, decided by the signing authority. */
export const revocations = pgTable(
  'revocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    provinceCode: text('province_code').references(() => provinces2025.code),
    level: text('level').$type<'province' | 'central'>().notNull(),
    ground: text('ground').notNull(),
    description: text('description').notNull(),
    /** The inspection conclusion or the commune's confirmation that production stopped. */
    concludedOn: date('concluded_on').notNull(),
    /** concludedOn + 15 days. */
    dueOn: date('due_on').notNull(),
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
    state: text('state').$type<'proposed' | 'revoked' | 'dismissed'>().notNull(),
    decisionNumber: text('decision_number'),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionNote: text('decision_note'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('revocations_scope_idx').on(t.provinceCode, t.state),
    index('revocations_certificate_idx').on(t.certificateId),
    check('revocations_state_check', sql`${t.state} in ('proposed', 'revoked', 'dismissed')`),
    check('revocations_level_check', sql`${t.level} in ('province', 'central')`),
  ],
);
