import type { DbOrTx } from '../../db/client.ts';
import { insertFlags, type StampFlagRow } from '../../db/repositories/stamps-flags.repository.ts';
import { summariseScans } from '../../db/repositories/stamps-scans.repository.ts';
import {
  COPY_DETECTION,
  type CopyDetectionLimits,
  copyFlagsFor,
} from '../../domain/stamps/copy-detection.ts';
import type { DailyJob } from '../jobs/daily-job.ts';

const HOUR_MS = 3_600_000;

/**
 * Looks at the last 24 hours of scans and raises a flag for the product's province office on every stamp
 * scanned by too many clients or in several provinces (one open flag per code and reason; a flag handled
 * within the window is not raised again by the same scans). Idempotent: run it as often as you like.
 */
export async function detectCopiedStamps(
  deps: Readonly<{ db: DbOrTx }>,
  now: Date,
  limits: CopyDetectionLimits = COPY_DETECTION,
): Promise<StampFlagRow[]> {
  const from = new Date(now.getTime() - COPY_DETECTION.windowHours * HOUR_MS);
  const summaries = await summariseScans(deps.db, from, now);
  const window = { from: from.toISOString(), to: now.toISOString() };
  const candidates = copyFlagsFor(summaries, window, limits);
  if (candidates.length === 0) return [];
  return insertFlags(deps.db, candidates, now, from);
}

/** The daily run (scheduler): flags are for the office's morning list, not an alarm. */
export const detectCopiedStampsJob: DailyJob = {
  name: 'detect-copied-stamps',
  run: async ({ db, now }) => {
    await detectCopiedStamps({ db }, now);
    return 0;
  },
};
