import { claimJobRun } from '../../db/repositories/notifications.repository.ts';
import { findExpiredCurrentCertificates } from '../../db/repositories/webhooks.repository.ts';
import { addDays, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { EXTENSION_MAX_DAYS } from '../../domain/registry/certificate-status.ts';
import type { AppDeps } from '../deps.ts';
import { enqueueCertificateEvent } from './enqueue-webhooks.ts';

export const EXPIRED_WEBHOOKS_JOB = 'webhooks-certificate-expired';
/** Expiries this many days back are still announced: a server down for a few days misses none. */
const CATCH_UP_DAYS = 7;

/**
 * Once per Vietnam date: `certificate.expired` for every product whose current certificate lapsed in the last
 * days: the day after validTo, or, for a certificate kept in force while its re-evaluation was pending, the
 * day after the 180-day extension. Returns how many deliveries were queued, null when it already ran today.
 */
export async function queueExpiredCertificateEvents(
  deps: Pick<AppDeps, 'db' | 'config'>,
  now: Date,
): Promise<number | null> {
  const today = vietnamDate(now);
  const yesterday = addDays(today, -1);
  const ranges = [
    [addDays(yesterday, -CATCH_UP_DAYS), yesterday],
    [addDays(yesterday, -CATCH_UP_DAYS - EXTENSION_MAX_DAYS), addDays(yesterday, -EXTENSION_MAX_DAYS)],
  ] as const;
  return deps.db.transaction(async (tx) => {
    if (!(await claimJobRun(tx, EXPIRED_WEBHOOKS_JOB, today, now))) return null;
    let queued = 0;
    for (const expired of await findExpiredCurrentCertificates(tx, today, ranges)) {
      queued += await enqueueCertificateEvent(deps, tx, now, { event: 'certificate.expired', ...expired });
    }
    return queued;
  });
}
