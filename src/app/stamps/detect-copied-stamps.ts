import type { DbOrTx } from '../../db/client.ts';
import { insertFlags, type StampFlagRow } from '../../db/repositories/stamps-flags.repository.ts';
import { summariseScans } from '../../db/repositories/stamps-scans.repository.ts';
import {
  COPY_DETECTION,
  type CopyDetectionLimits,
  copyFlagsFor,
} from '../../domain/stamps/copy-detection.ts';
import type { DailyJob } from '../jobs/daily-job.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients } from '../notifications/recipients.ts';

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

/** The daily run (scheduler): flags are for the office's morning list, with one notification per province. */
export const detectCopiedStampsJob: DailyJob = {
  name: 'detect-copied-stamps',
  run: async ({ db, now, today, notify }) => {
    const flags = await detectCopiedStamps({ db }, now);
    let notified = 0;
    for (const provinceCode of new Set(flags.map((f) => f.provinceCode))) {
      const count = flags.filter((f) => f.provinceCode === provinceCode).length;
      const userIds = await findRecipients(db, { kind: 'province_office', provinceCode });
      notified += await notifyUsers(
        db,
        now,
        {
          userIds,
          kind: 'stamp_flags',
          title: `Phát hiện ${count} tem OCOP nghi bị sao chép`,
          body: `${count} mã tem được quét bất thường (nhiều thiết bị hoặc nhiều tỉnh trong 24 giờ). Xem danh sách cảnh báo tem.`,
          link: '/admin/#/stamp-flags',
          entity: 'stamp_flag',
          dedupeKey: `stamp-flags:${provinceCode}:${today}`,
        },
        notify,
      );
    }
    return notified;
  },
};
