import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from 'tar';
import { type BackupManifest, manifestProblems } from '../../domain/backup/backup-manifest.ts';
import { DomainError } from '../../domain/errors.ts';
import { describeFile, filesUnder } from './archive-files.ts';

export type OpenedBackup = { dir: string; manifest: BackupManifest; dispose(): Promise<void> };

const corrupt = (detail: string) =>
  new DomainError('BACKUP_INVALID', `Bản sao lưu không dùng được: ${detail}`);

/**
 * Unpacks a backup into a temporary folder and checks it whole: the manifest's shape, every listed file's
 * size and SHA-256, and no file the manifest does not list. Throws BACKUP_INVALID naming the first problems.
 */
export async function openBackup(file: string): Promise<OpenedBackup> {
  const dir = await mkdtemp(join(tmpdir(), 'ocop-restore-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    await extract({ file, cwd: dir, strict: true }).catch((error: Error) => {
      throw corrupt(`không giải nén được (${error.message})`);
    });
    const raw = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => {
      throw corrupt('thiếu manifest.json');
    });
    let manifest: unknown;
    try {
      manifest = JSON.parse(raw);
    } catch {
      throw corrupt('manifest.json không phải JSON');
    }
    const problems = manifestProblems(manifest);
    if (problems.length > 0) throw corrupt(problems.slice(0, 3).join('; '));
    const checked = manifest as BackupManifest;
    for (const listed of checked.files) {
      const found = await describeFile(dir, listed.path).catch(() => null);
      if (!found) throw corrupt(`thiếu tệp ${listed.path}`);
      if (found.bytes !== listed.bytes || found.sha256 !== listed.sha256)
        throw corrupt(`tệp ${listed.path} đã bị thay đổi (SHA-256 không khớp)`);
    }
    const listed = new Set(checked.files.map((f) => f.path));
    const extra = (await filesUnder(dir)).filter((p) => p !== 'manifest.json' && !listed.has(p));
    if (extra.length > 0) throw corrupt(`có tệp không có trong manifest: ${extra.slice(0, 3).join(', ')}`);
    return { dir, manifest: checked, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
