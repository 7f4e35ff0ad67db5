import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { foldedName } from './columns.ts';

/** Provinces in force since 1 July 2025 (34). */
export const provinces2025 = pgTable('admin_provinces_2025', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  fullName: text('full_name').notNull(),
  nameEn: text('name_en').notNull(),
});

/** Commune-level units in force since 1 July 2025 (3,321: xã, phường, đặc khu). */
export const communes2025 = pgTable(
  'admin_communes_2025',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    fullName: text('full_name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    nameNorm: foldedName('name'),
  },
  (t) => [
    index('admin_communes_2025_province_idx').on(t.provinceCode),
    index('admin_communes_2025_name_trgm_idx').using('gin', t.nameNorm.op('gin_trgm_ops')),
  ],
);

export const provincesPre2025 = pgTable('admin_provinces_pre2025', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  fullName: text('full_name').notNull(),
  nameEn: text('name_en').notNull(),
});

export const districtsPre2025 = pgTable('admin_districts_pre2025', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  fullName: text('full_name').notNull(),
  provinceCode: text('province_code')
    .notNull()
    .references(() => provincesPre2025.code),
});

export const communesPre2025 = pgTable(
  'admin_communes_pre2025',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    fullName: text('full_name').notNull(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districtsPre2025.code),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provincesPre2025.code),
  },
  (t) => [index('admin_communes_pre2025_district_idx').on(t.districtCode)],
);

/** Old commune (or island district without communes) → new commune(s); a split old unit has several rows. */
export const communeMappings = pgTable(
  'admin_commune_mappings',
  {
    id: serial('id').primaryKey(),
    oldCommuneCode: text('old_commune_code').references(() => communesPre2025.code),
    oldDistrictCode: text('old_district_code')
      .notNull()
      .references(() => districtsPre2025.code),
    newCommuneCode: text('new_commune_code')
      .notNull()
      .references(() => communes2025.code),
    oldProvinceCode: text('old_province_code').notNull(),
    newProvinceCode: text('new_province_code').notNull(),
    isSplit: boolean('is_split').notNull(),
    evidence: text('evidence').notNull(),
  },
  (t) => [
    uniqueIndex('admin_commune_mappings_pair_uq').on(t.oldDistrictCode, t.oldCommuneCode, t.newCommuneCode),
    index('admin_commune_mappings_new_idx').on(t.newCommuneCode),
  ],
);

/** Which version (fingerprint of the shipped files) of each reference data set is loaded. */
export const referenceDataVersions = pgTable('reference_data_versions', {
  name: text('name').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  rowCount: integer('row_count').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
});
