import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { jobRuns, notifications } from '../schema/notifications.ts';
import { users } from '../schema/users.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

/** What decides a user's e-mail status: whether they have an address and can still log in. */
export function findNotificationUsers(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; email: string | null; isActive: boolean }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, email: users.email, isActive: users.isActive })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** Inserts the rows; one that repeats a (user, dedupe key) pair is skipped. Returns how many went in. */
export async function insertNotifications(db: DbOrTx, rows: readonly NewNotificationRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

export async function listNotificationsOfUser(
  db: DbOrTx,
  userId: string,
  filter: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ items: NotificationRow[]; total: number; unread: number }> {
  const mine = eq(notifications.userId, userId);
  const where = filter.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const items = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [totals] = await db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
    })
    .from(notifications)
    .where(mine);
  const unread = totals?.unread ?? 0;
  return { items, total: filter.unreadOnly ? unread : (totals?.total ?? 0), unread };
}

/** Marks one of the user's notifications read (keeps the first read time); undefined when not theirs. */
export async function markNotificationRead(
  db: DbOrTx,
  userId: string,
  id: string,
  now: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

export async function markAllNotificationsRead(db: DbOrTx, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export type PendingEmailRow = {
  id: string;
  title: string;
  body: string;
  link: string | null;
  emailAttempts: number;
  email: string | null;
  isActive: boolean;
};

/** The e-mail outbox, oldest first (one instance sends at a time: see src/app/jobs/job-lock.ts). */
export function findPendingEmails(db: DbOrTx, limit: number): Promise<PendingEmailRow[]> {
  return db
    .select({
      id: notifications.id,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      emailAttempts: notifications.emailAttempts,
      email: users.email,
      isActive: users.isActive,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.emailStatus, 'pending'))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(limit);
}

export async function recordEmailOutcome(
  db: DbOrTx,
  id: string,
  outcome:
    | { status: 'sent'; at: Date }
    | { status: 'pending' | 'failed' | 'none'; attempts: number; error: string },
): Promise<void> {
  const changes: Partial<NewNotificationRow> =
    outcome.status === 'sent'
      ? { emailStatus: 'sent', emailedAt: outcome.at, emailError: null }
      : { emailStatus: outcome.status, emailAttempts: outcome.attempts, emailError: outcome.error };
  await db.update(notifications).set(changes).where(eq(notifications.id, id));
}

/**
 * Claims today's run of a daily job: true when this call recorded `runKey` (the job should run), false
 * when it already ran with that key. Run the job in the same transaction, so a failure gives the claim back.
 */
export async function claimJobRun(db: DbOrTx, name: string, runKey: string, now: Date): Promise<boolean> {
  const claimed = await db
    .insert(jobRuns)
    .values({ name, lastRunKey: runKey, lastRunAt: now })
    .onConflictDoUpdate({
      target: jobRuns.name,
      set: { lastRunKey: runKey, lastRunAt: now },
      setWhere: sql`${jobRuns.lastRunKey} <> ${runKey}`,
    })
    .returning({ name: jobRuns.name });
  return claimed.length > 0;
}

/** PostgreSQL only: a lock held until the end of the caller's transaction, or false when another has it. */
export async function tryTransactionLock(tx: DbOrTx, key: number): Promise<boolean> {
  const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${key}) as locked`);
  return rowsOf<{ locked: boolean }>(result)[0]?.locked === true;
}
