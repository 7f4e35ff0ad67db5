import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes2025, provinces2025 } from './admin-units.ts';
import { producers } from './producers.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** Where notifications are e-mailed (optional). */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    communeCode: text('commune_code').references(() => communes2025.code),
    /** For role `producer`: the producer (chủ thể) this account acts for. */
    producerId: uuid('producer_id').references((): AnyPgColumn => producers.id),
    isActive: boolean('is_active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      'users_role_check',
      sql`${t.role} in ('ministry_admin','ministry_leader','province_officer','province_leader','commune_officer','council_member','producer')`,
    ),
    index('users_province_idx').on(t.provinceCode),
  ],
);

/** Server-side sessions; `id` is an HMAC of the cookie token, so a leaked table gives no usable cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
