import { access, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../db/client.ts';
import { backupsToPrune, dailyBackupName } from '../../domain/backup/backup-manifest.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { writeBackup } from './write-backup.ts';

export type DailyBackupOptions = Readonly<{ dataDir: string; backupDir: string; keep: number }>;

export type DailyBackupOutcome = { written: string | null; pruned: string[] };

/**
 * The embedded database's daily backup (docs/adr/0016): once per Vietnam date into `backupDir`, keeping the
 * newest `keep`. A day's backup that exists is left alone, so restarts and the scheduler's ticks are free.
 */
export async function runDailyBackup(
  handle: Pick<DatabaseHandle, 'db' | 'engine' | 'dumpTo'>,
  options: DailyBackupOptions,
  now: Date,
): Promise<DailyBackupOutcome> {
  const out = join(options.backupDir, dailyBackupName(vietnamDate(now)));
  const isDone = await access(out).then(
    () => true,
    () => false,
  );
  const written = isDone ? null : out;
  if (!isDone) await writeBackup(handle, options.dataDir, out, now);
  const names = await readdir(options.backupDir).catch(() => []);
  const pruned = backupsToPrune(names, options.keep);
  for (const name of pruned) await rm(join(options.backupDir, name), { force: true });
  return { written, pruned };
}
