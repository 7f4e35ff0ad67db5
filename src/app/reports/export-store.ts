// Export files on disk under DATA_DIR/exports, by storage key ("exports/national-2026-06.csv"). A file is
// written to a temporary name and renamed, so a reader never sees half a file; the keys are made here, never
// taken from a request, and are checked again before use.
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const EXPORTS_FOLDER = 'exports';

const KEY = /^exports\/national-\d{4}-\d{2}(-summary)?\.(csv|json)$/;

export const nationalExportKey = (month: string, file: 'products' | 'summary', extension: 'csv' | 'json') =>
  `${EXPORTS_FOLDER}/national-${month}${file === 'summary' ? '-summary' : ''}.${extension}`;

function pathOf(dataDir: string, key: string): string {
  if (!KEY.test(key)) throw new Error(`unsafe export key ${key}`);
  return join(dataDir, key);
}

export async function writeExportFile(dataDir: string, key: string, bytes: Buffer): Promise<void> {
  const path = pathOf(dataDir, key);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/** The file and its size, or null when it is not (or no longer) there. */
export async function openExportFile(
  dataDir: string,
  key: string,
): Promise<{ stream: ReadStream; size: number } | null> {
  if (!KEY.test(key)) return null;
  const path = pathOf(dataDir, key);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return { stream: createReadStream(path), size: info.size };
}

/** Whether every key names a file on disk. */
export async function exportFilesExist(dataDir: string, keys: readonly string[]): Promise<boolean> {
  for (const key of keys) {
    const info = KEY.test(key) ? await stat(pathOf(dataDir, key)).catch(() => null) : null;
    if (!info?.isFile()) return false;
  }
  return true;
}
