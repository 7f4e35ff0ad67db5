import { join } from 'node:path';
import { openBackup } from '../app/backup/open-backup.ts';
import { restoreBackup } from '../app/backup/restore-backup.ts';
import { writeBackup } from '../app/backup/write-backup.ts';
import type { AppConfig } from '../config/env.ts';
import { openDatabase, pgliteDirIn } from '../db/client.ts';
import type { BackupManifest } from '../domain/backup/backup-manifest.ts';
import { isDomainError } from '../domain/errors.ts';

const megabytes = (m: BackupManifest) =>
  (m.files.reduce((sum, f) => sum + f.bytes, 0) / 1_048_576).toFixed(1).replace('.', ',');

const summary = (m: BackupManifest) =>
  `${m.engine}, ${m.migrations} migration, ${m.files.length} tệp / files, ${megabytes(m)} MB, tạo lúc / made ${m.createdAt}`;

/** Problems the user can fix (a bad or non-empty target, a damaged file) end with exit 1, said plainly. */
async function reported(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    console.error(`${error.code}: ${error.detail}`);
    return 1;
  }
}

/** ocop backup create [FILE]: the whole install (database, uploads, exports) into one .tar.gz. */
export function runBackupCreate(config: AppConfig, args: string[]): Promise<number> {
  return reported(async () => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = args[0] ?? join(config.backup.dir, `ocop-${stamp}.tar.gz`);
    const database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: pgliteDirIn(config.dataDir) },
    );
    try {
      const manifest = await writeBackup(database, config.dataDir, out, new Date());
      console.log(`Đã sao lưu / backup written: ${out}\n  ${summary(manifest)}`);
      return 0;
    } finally {
      await database.close();
    }
  });
}

/** ocop backup verify FILE: unpacks and checks every file's SHA-256; exit 1 when anything is off. */
export function runBackupVerify(_config: AppConfig, args: string[]): Promise<number> {
  return reported(async () => {
    if (!args[0]) {
      console.error('Cần tệp sao lưu / a backup file is needed: ocop backup verify FILE');
      return 64;
    }
    const backup = await openBackup(args[0]);
    await backup.dispose();
    console.log(`Bản sao lưu nguyên vẹn / backup intact: ${summary(backup.manifest)}`);
    return 0;
  });
}

/** ocop backup restore FILE: into a fresh install (empty database, no files it would overwrite). */
export function runBackupRestore(config: AppConfig, args: string[]): Promise<number> {
  return reported(async () => {
    if (!args[0]) {
      console.error('Cần tệp sao lưu / a backup file is needed: ocop backup restore FILE');
      return 64;
    }
    const manifest = await restoreBackup(args[0], {
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
    });
    console.log(
      `Đã khôi phục / restored into ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}: ${summary(manifest)}\n` +
        '  Khởi động máy chủ để áp dụng migration mới (nếu có) / start the server to apply newer migrations.',
    );
    return 0;
  });
}
