import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from './products.ts';
import { users } from './users.ts';

/** A marketplace that lists OCOP products and wants to hear when a product's status changes. */
export const marketplaces = pgTable('marketplaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  webhookUrl: text('webhook_url').notNull(),
  /** HMAC-SHA256 key for the X-OCOP-Signature header (shown once when registered). */
  secret: text('secret').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const WEBHOOK_EVENTS = [
  'certificate.expired',
  'certificate.revoked',
  'certificate.recertified',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** One event to one marketplace: signed, retried with back-off until delivered or given up. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    marketplaceId: uuid('marketplace_id')
      .notNull()
      .references(() => marketplaces.id),
    event: text('event').$type<WebhookEvent>().notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    /** Makes an event idempotent per marketplace ("certificate.revoked:{certificateId}"). */
    dedupeKey: text('dedupe_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_dedupe_uq').on(t.marketplaceId, t.dedupeKey),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'delivered', 'failed')`),
  ],
);
