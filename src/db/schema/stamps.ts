import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
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
import { provinces2025 } from './admin-units.ts';
import { certificates } from './certificates.ts';
import { products } from './products.ts';
import { users } from './users.ts';

/** A print run of OCOP star/QR stamps for one certified product (serials from..to, inclusive). */
export const stampBatches = pgTable(
  'stamp_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    quantity: integer('quantity').notNull(),
    serialFrom: integer('serial_from').notNull(),
    serialTo: integer('serial_to').notNull(),
    /** When the sheets were printed (null until the office marks them printed). */
    printedOn: date('printed_on'),
    status: text('status').$type<'issued' | 'printed' | 'void'>().notNull().default('issued'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('stamp_batches_product_idx').on(t.productId, t.serialFrom),
    check(
      'stamp_batches_range_check',
      sql`${t.serialTo} - ${t.serialFrom} + 1 = ${t.quantity} and ${t.quantity} > 0`,
    ),
    check('stamp_batches_status_check', sql`${t.status} in ('issued', 'printed', 'void')`),
  ],
);

/** One stamp: an unguessable, checksummed code printed as the QR's short URL /v/{code}. */
export const stamps = pgTable(
  'stamps',
  {
    code: text('code').primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => stampBatches.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    serial: integer('serial').notNull(),
  },
  (t) => [
    uniqueIndex('stamps_product_serial_uq').on(t.productId, t.serial),
    index('stamps_batch_idx').on(t.batchId),
  ],
);

/** Each scan of a stamp (or of an unknown code): when, roughly where, which client (hashed). */
export const stampScans = pgTable(
  'stamp_scans',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    code: text('code').notNull(),
    /** Null when the code is not a stamp of the registry. */
    productId: uuid('product_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** sha256 of the client address and user agent with a daily salt: counts clients without keeping them. */
    clientHash: text('client_hash').notNull(),
    userAgent: text('user_agent'),
    /** Coarse position (2 decimals ≈ 1 km) when the phone shared it. */
    lat: numeric('lat', { precision: 5, scale: 2 }),
    lon: numeric('lon', { precision: 5, scale: 2 }),
    /** The 2025 province nearest to the position, when known. */
    provinceCode: text('province_code'),
    channel: text('channel').$type<'page' | 'api' | 'gs1'>().notNull(),
  },
  (t) => [index('stamp_scans_code_idx').on(t.code, t.at), index('stamp_scans_at_idx').on(t.at)],
);

/** A stamp that looks copied: scanned unusually often, or in several provinces. For the province office. */
export const stampFlags = pgTable(
  'stamp_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    reason: text('reason').$type<'many_scans' | 'many_provinces'>().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    state: text('state').$type<'open' | 'dismissed' | 'confirmed'>().notNull().default('open'),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull(),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('stamp_flags_open_uq').on(t.code, t.reason).where(sql`${t.state} = 'open'`),
    index('stamp_flags_province_idx').on(t.provinceCode, t.state),
  ],
);

/** A consumer's report of a misused or fake stamp or product, routed to the province as a case. */
export const misuseReports = pgTable(
  'misuse_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The code scanned, if any (may be unknown: that is often the point). */
    code: text('code'),
    productId: uuid('product_id').references(() => products.id),
    provinceCode: text('province_code').references(() => provinces2025.code),
    note: text('note').notNull(),
    contact: text('contact'),
    photoKey: text('photo_key'),
    place: text('place'),
    state: text('state').$type<'new' | 'investigating' | 'closed'>().notNull().default('new'),
    resolution: text('resolution'),
    handledBy: uuid('handled_by').references(() => users.id),
    clientHash: text('client_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('misuse_reports_province_idx').on(t.provinceCode, t.state, t.createdAt),
    check('misuse_reports_state_check', sql`${t.state} in ('new', 'investigating', 'closed')`),
  ],
);
