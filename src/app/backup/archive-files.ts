import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BackupFile } from '../../domain/backup/backup-manifest.ts';

/** Every regular file under `root`, as archive paths ("files/uploads/…", forward slashes), sorted. */
export async function filesUnder(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(root, path)));
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
  }
  return found.sort();
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Size and SHA-256 of an archive path under `root`. */
export async function describeFile(root: string, path: string): Promise<BackupFile> {
  const full = join(root, ...path.split('/'));
  const [info, sha256] = await Promise.all([stat(full), sha256Of(full)]);
  return { path, bytes: info.size, sha256 };
}
