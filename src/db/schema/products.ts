import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes2025, provinces2025 } from './admin-units.ts';
import { foldedName } from './columns.ts';
import { producers } from './producers.ts';

/** OCOP products: one product set (1–26, Decision 26/2026 Annex I) each, produced in a 2025 commune. */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    name: text('name').notNull(),
    nameNorm: foldedName('name'),
    slug: text('slug').notNull(),
    /** vietnameseSortKey(name): Vietnamese alphabetical order with ORDER BY … COLLATE "C" on both engines. */
    sortKey: text('sort_key').notNull(),
    /** Null for legacy records imported without a classification, until a person sets it. */
    productSetId: integer('product_set_id'),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes2025.code),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    description: text('description'),
    story: text('story'),
    /** GTIN-13, GS1 check digit verified. */
    gtin: text('gtin'),
    packaging: text('packaging'),
    unit: text('unit'),
    /** (province)-(commune)-(serial)-(year) per Decision 26/2026; assigned by the commune. */
    ocopCode: text('ocop_code'),
    /**
     * The current certificate (latest start), copied here so lists filter and sort without a join per row;
     * kept in step by refreshCurrentCertificates() whenever certificates change. Status is still computed.
     */
    currentStars: integer('current_stars'),
    currentValidFrom: date('current_valid_from'),
    currentValidTo: date('current_valid_to'),
    currentRevokedOn: date('current_revoked_on'),
    currentReEvaluationSince: date('current_re_evaluation_since'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('products_slug_uq').on(t.slug),
    uniqueIndex('products_ocop_code_uq').on(t.ocopCode),
    index('products_producer_idx').on(t.producerId),
    index('products_province_idx').on(t.provinceCode, t.productSetId),
    index('products_commune_idx').on(t.communeCode),
    // GS1 Digital Link stamps (/01/{gtin}/21/{serial}) and the marketplace status API look products up by GTIN.
    index('products_gtin_idx').on(t.gtin),
    index('products_name_trgm_idx').using('gin', t.nameNorm.op('gin_trgm_ops')),
    index('products_sort_key_c_idx').on(sql`${t.sortKey} collate "C"`, t.id),
    index('products_current_stars_idx').on(t.currentStars),
    check('products_product_set_check', sql`${t.productSetId} between 1 and 26`),
  ],
);

/** Where a product is sold online: marketplace listings and the producer's own site. */
export const productSaleChannels = pgTable(
  'product_sale_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
  },
  (t) => [uniqueIndex('product_sale_channels_uq').on(t.productId, t.url)],
);
