import type { Db } from '../../db/client.ts';
import { tryTransactionLock } from '../../db/repositories/notifications.repository.ts';

/** Advisory-lock key of the scheduler (727001 guards migrations). */
const JOBS_LOCK_KEY = 727_002;

export type LockedOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` unless another instance is running a tick. On PostgreSQL a transaction holds
 * pg_try_advisory_xact_lock while `work` runs on other pooled connections (the lock ends with the
 * transaction, even if this process dies). PGlite is embedded in one process: no other instance exists,
 * and a transaction held open would block its only connection.
 */
export async function withJobsLock<T>(
  db: Db,
  engine: 'pglite' | 'postgres',
  work: () => Promise<T>,
): Promise<LockedOutcome<T>> {
  if (engine === 'pglite') return { ran: true, value: await work() };
  return db.transaction(async (tx): Promise<LockedOutcome<T>> => {
    if (!(await tryTransactionLock(tx, JOBS_LOCK_KEY))) return { ran: false };
    return { ran: true, value: await work() };
  });
}
