import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes2025, provinces2025 } from './admin-units.ts';
import { products } from './products.ts';

/**
 * OCOP introduction and sale points (điểm giới thiệu và bán sản phẩm OCOP, MoIT criteria 950/QĐ-BCT):
 * where consumers buy, shown on the portal's map and list.
 */
export const salePoints = pgTable(
  'sale_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    communeCode: text('commune_code').references(() => communes2025.code),
    address: text('address').notNull(),
    lat: numeric('lat', { precision: 8, scale: 5 }),
    lon: numeric('lon', { precision: 8, scale: 5 }),
    level: text('level').$type<'commune' | 'province' | 'national'>().notNull(),
    locationType: text('location_type'),
    phone: text('phone'),
    openingHours: text('opening_hours'),
    website: text('website'),
    recognisedBy: text('recognised_by'),
    recognisedOn: date('recognised_on'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sale_points_province_idx').on(t.provinceCode, t.isActive),
    check('sale_points_level_check', sql`${t.level} in ('commune', 'province', 'national')`),
  ],
);

export const salePointProducts = pgTable(
  'sale_point_products',
  {
    salePointId: uuid('sale_point_id')
      .notNull()
      .references(() => salePoints.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
  },
  (t) => [
    primaryKey({ columns: [t.salePointId, t.productId] }),
    index('sale_point_products_product_idx').on(t.productId),
  ],
);

/** Fairs, exhibitions and supply–demand connection conferences (hội chợ, triển lãm, kết nối cung cầu). */
export const tradeEvents = pgTable(
  'trade_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'fair' | 'exhibition' | 'supply_demand' | 'other'>().notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    place: text('place').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    organiser: text('organiser'),
    website: text('website'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('trade_events_dates_idx').on(t.startsOn, t.endsOn),
    check('trade_events_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('trade_events_kind_check', sql`${t.kind} in ('fair', 'exhibition', 'supply_demand', 'other')`),
  ],
);
