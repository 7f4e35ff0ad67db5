import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * In-app notifications, each also an e-mail job (outbox): the mailer sends pending rows and records the
 * outcome. `dedupeKey` makes reminders idempotent (one per user and key).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    entity: text('entity'),
    entityId: text('entity_id'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailStatus: text('email_status').$type<'none' | 'pending' | 'sent' | 'failed'>().notNull(),
    emailAttempts: integer('email_attempts').notNull().default(0),
    emailError: text('email_error'),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_email_idx').on(t.createdAt).where(sql`${t.emailStatus} = 'pending'`),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
    check('notifications_email_status_check', sql`${t.emailStatus} in ('none', 'pending', 'sent', 'failed')`),
  ],
);

/** Scheduled jobs' last runs, so a restart or a second instance does not run a daily job twice. */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  lastRunKey: text('last_run_key').notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }).notNull(),
});
