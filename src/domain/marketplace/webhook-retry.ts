/** Waits between attempts: 1 min, 5 min, 30 min, 2 h, 12 h; the sixth failure gives up (about 14.6 h in all). */
export const WEBHOOK_BACKOFF_MINUTES = [1, 5, 30, 120, 720] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_BACKOFF_MINUTES.length + 1;
/** A marketplace has this long to answer one delivery. */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * After the `attempts`-th failed attempt (1-based): when to try again, or null when it was the last one.
 */
export function nextAttemptAfterFailure(attempts: number, failedAt: Date): Date | null {
  if (attempts >= WEBHOOK_MAX_ATTEMPTS) return null;
  const minutes = WEBHOOK_BACKOFF_MINUTES[Math.max(attempts, 1) - 1];
  if (minutes === undefined) return null;
  return new Date(failedAt.getTime() + minutes * 60_000);
}
