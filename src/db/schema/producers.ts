import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes2025, provinces2025 } from './admin-units.ts';
import { foldedName } from './columns.ts';
import { users } from './users.ts';

/** Producers (chủ thể OCOP): cooperatives, SMEs, households… located in a 2025 commune. */
export const producers = pgTable(
  'producers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    nameNorm: foldedName('name'),
    /** Accent-folded name with legal-form words normalised: duplicate detection within a commune. */
    nameKey: text('name_key').notNull(),
    /** vietnameseSortKey(name): Vietnamese alphabetical order with ORDER BY … COLLATE "C" on both engines. */
    sortKey: text('sort_key').notNull(),
    type: text('type').notNull(),
    /** 10 digits, or 10 + "-" + 3-digit branch suffix. */
    taxCode: text('tax_code'),
    representativeName: text('representative_name'),
    representativeGender: text('representative_gender'),
    representativeEthnicity: text('representative_ethnicity'),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes2025.code),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    street: text('street'),
    /** E.164 (+84…). */
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('producers_tax_code_uq').on(t.taxCode),
    index('producers_commune_name_key_idx').on(t.communeCode, t.nameKey),
    index('producers_province_idx').on(t.provinceCode),
    index('producers_name_trgm_idx').using('gin', t.nameNorm.op('gin_trgm_ops')),
    check('producers_gender_check', sql`${t.representativeGender} in ('male', 'female')`),
  ],
);
