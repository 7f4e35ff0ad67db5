import { access, cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER, pgliteDirIn } from '../../db/client.ts';
import { isPostgresEmpty, restorePglite, restorePostgres } from '../../db/database-dump.ts';
import type { BackupManifest } from '../../domain/backup/backup-manifest.ts';
import { DomainError } from '../../domain/errors.ts';
import { openBackup } from './open-backup.ts';

export type RestoreTarget = Readonly<{ dataDir: string; databaseUrl: string | null }>;

/** How many migrations this version of the app ships (drizzle's journal). */
export async function shippedMigrations(): Promise<number> {
  const journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  return (journal.entries as unknown[]).length;
}

const notEmpty = (detail: string) =>
  new DomainError('BACKUP_TARGET_NOT_EMPTY', `${detail} Chỉ khôi phục vào một cài đặt mới (trống).`);

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function assertDatabaseEmpty(target: RestoreTarget): Promise<void> {
  if (target.databaseUrl) {
    if (!(await isPostgresEmpty(target.databaseUrl))) throw notEmpty('Cơ sở dữ liệu đích đã có bảng.');
    return;
  }
  const entries = await readdir(pgliteDirIn(target.dataDir)).catch(() => []);
  if (entries.length > 0) throw notEmpty(`${pgliteDirIn(target.dataDir)} đã có cơ sở dữ liệu.`);
}

/**
 * Restores a backup into a fresh install: the database (embedded into DATA_DIR/pglite, or an empty
 * PostgreSQL database) and the files into DATA_DIR. Checks everything first: the archive whole (SHA-256),
 * the app version (it must know every migration the backup has; older backups are migrated on next start),
 * an empty target, and no file it would overwrite. Returns the backup's manifest.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<BackupManifest> {
  const backup = await openBackup(file);
  try {
    const { manifest } = backup;
    const wantedEngine = target.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.engine !== wantedEngine) {
      throw new DomainError(
        'BACKUP_INVALID',
        `Bản sao lưu của ${manifest.engine === 'pglite' ? 'CSDL nhúng' : 'PostgreSQL'} chỉ khôi phục vào đúng loại đó (cấu hình hiện tại: ${wantedEngine}).`,
      );
    }
    const shipped = await shippedMigrations();
    if (manifest.migrations > shipped) {
      throw new DomainError(
        'BACKUP_TOO_NEW',
        `Bản sao lưu có ${manifest.migrations} migration, phiên bản này chỉ biết ${shipped}: hãy cập nhật phần mềm trước.`,
      );
    }
    await assertDatabaseEmpty(target);
    for (const { path } of manifest.files.filter((f) => f.path.startsWith('files/'))) {
      const destination = join(target.dataDir, ...path.split('/').slice(1));
      if (await exists(destination)) throw notEmpty(`Tệp ${destination} đã có.`);
    }
    const dump = join(backup.dir, ...manifest.database.split('/'));
    if (target.databaseUrl) await restorePostgres(dump, target.databaseUrl);
    else await restorePglite(dump, pgliteDirIn(target.dataDir));
    if (await exists(join(backup.dir, 'files'))) {
      await cp(join(backup.dir, 'files'), target.dataDir, {
        recursive: true,
        errorOnExist: true,
        force: false,
      });
    }
    return manifest;
  } finally {
    await backup.dispose();
  }
}
