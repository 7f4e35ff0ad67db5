// What a backup archive holds and how it is checked (docs/adr/0016). Pure.

export const BACKUP_FORMAT = 'ocop-backup/1';

export type BackupFile = Readonly<{ path: string; bytes: number; sha256: string }>;

export type BackupManifest = Readonly<{
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  /** Migrations applied to the database when it was copied (restoring needs an app with at least as many). */
  migrations: number;
  /** The database copy, one of `files`. */
  database: string;
  /** Every file of the archive but the manifest, with its size and SHA-256. */
  files: readonly BackupFile[];
}>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSafePath = (p: string) =>
  p.length > 0 &&
  !p.startsWith('/') &&
  !p.split('/').some((s) => s === '..' || s === '') &&
  !p.includes('\\');

/** What is wrong with a parsed manifest (empty: it can be trusted as far as its shape goes). */
export function manifestProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['manifest.json không phải một đối tượng JSON'];
  const problems: string[] = [];
  if (value.format !== BACKUP_FORMAT)
    problems.push(`định dạng ${String(value.format)} (cần ${BACKUP_FORMAT})`);
  if (value.engine !== 'pglite' && value.engine !== 'postgres') problems.push('engine không rõ');
  if (!Number.isInteger(value.migrations) || (value.migrations as number) < 0)
    problems.push('migrations không hợp lệ');
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt)))
    problems.push('createdAt không hợp lệ');
  const files = Array.isArray(value.files) ? value.files : null;
  if (!files) return [...problems, 'thiếu danh sách files'];
  const paths = new Set<string>();
  for (const file of files) {
    const ok =
      isRecord(file) &&
      typeof file.path === 'string' &&
      isSafePath(file.path) &&
      Number.isInteger(file.bytes) &&
      typeof file.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(file.sha256);
    if (!ok) problems.push(`mục files không hợp lệ: ${JSON.stringify(file).slice(0, 120)}`);
    else if (paths.has(file.path as string)) problems.push(`tệp lặp lại: ${file.path}`);
    else paths.add(file.path as string);
  }
  if (typeof value.database !== 'string' || !paths.has(value.database))
    problems.push('không có bản sao cơ sở dữ liệu trong danh sách files');
  return problems;
}

/** "ocop-2026-11-23.tar.gz": the daily backup of a Vietnam date (names sort by date). */
export const dailyBackupName = (isoDate: string): string => `ocop-${isoDate}.tar.gz`;

const DAILY = /^ocop-\d{4}-\d{2}-\d{2}\.tar\.gz$/;

/** The daily backups to delete so that the newest `keep` stay; other files are never touched. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const daily = names.filter((n) => DAILY.test(n)).sort();
  return daily.slice(0, Math.max(0, daily.length - keep));
}
