import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces2025 } from './admin-units.ts';
import { users } from './users.ts';

/**
 * A recognition decision (quyết định công nhận) prepared by the OCOP office over several dossiers and signed
 * by the chair of the provincial People's Committee (or the minister for 5★): signing issues the certificates
 * of every dossier in it in one transaction.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level').$type<'province' | 'central'>().notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    status: text('status').$type<'draft' | 'signed'>().notNull().default('draft'),
    title: text('title').notNull(),
    number: text('number'),
    signedOn: date('signed_on'),
    signedBy: uuid('signed_by').references(() => users.id),
    authorityName: text('authority_name'),
    preparedBy: uuid('prepared_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('decisions_scope_idx').on(t.level, t.provinceCode, t.createdAt),
    check('decisions_level_check', sql`${t.level} in ('province', 'central')`),
    check('decisions_status_check', sql`${t.status} in ('draft', 'signed')`),
    check(
      'decisions_signed_check',
      sql`${t.status} = 'draft' or (${t.number} is not null and ${t.signedOn} is not null)`,
    ),
  ],
);
