import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { create } from 'tar';
import { type DatabaseHandle, rowsOf } from '../../db/client.ts';
import { DUMP_FILE } from '../../db/database-dump.ts';
import { BACKUP_FORMAT, type BackupManifest } from '../../domain/backup/backup-manifest.ts';
import { describeFile, filesUnder } from './archive-files.ts';

/**
 * The folders of DATA_DIR the app writes files into. Only these are copied: DATA_DIR may be the repository's
 * own `data/` (reference data beside the install's files), and the live database (copied by its dump), the
 * backups and the session secret must stay out.
 */
export const BACKED_UP_FOLDERS = ['uploads', 'exports'] as const;

export async function appliedMigrations(handle: Pick<DatabaseHandle, 'db'>): Promise<number> {
  const result = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/**
 * Writes one .tar.gz holding a copy of the database, the files of DATA_DIR (uploads, exports) and a manifest
 * with every file's SHA-256. Written beside `out` under a temporary name and renamed when complete, so a
 * backup file is never half written.
 */
export async function writeBackup(
  handle: Pick<DatabaseHandle, 'db' | 'engine' | 'dumpTo'>,
  dataDir: string,
  out: string,
  now: Date,
): Promise<BackupManifest> {
  const staging = await mkdtemp(join(tmpdir(), 'ocop-backup-'));
  try {
    const database = `database/${DUMP_FILE[handle.engine]}`;
    await mkdir(join(staging, 'database'));
    const migrations = await appliedMigrations(handle);
    await handle.dumpTo(join(staging, database));
    for (const folder of BACKED_UP_FOLDERS) {
      await cp(join(dataDir, folder), join(staging, 'files', folder), { recursive: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        },
      );
    }
    const paths = [database, ...(await filesUnder(staging, join(staging, 'files')))];
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      engine: handle.engine,
      migrations,
      database,
      files: await Promise.all(paths.map((path) => describeFile(staging, path))),
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(dirname(out), { recursive: true });
    const partial = join(dirname(out), `.${basename(out)}.tmp`);
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, [
      'manifest.json',
      ...manifest.files.map((f) => f.path),
    ]);
    await rename(partial, out);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
