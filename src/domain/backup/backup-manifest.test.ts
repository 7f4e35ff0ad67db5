import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupsToPrune, dailyBackupName, manifestProblems } from './backup-manifest.ts';

const sha = 'a'.repeat(64);
const good = {
  format: BACKUP_FORMAT,
  createdAt: '2026-11-23T05:00:00.000Z',
  engine: 'pglite',
  migrations: 12,
  database: 'database/pglite.tar.gz',
  files: [
    { path: 'database/pglite.tar.gz', bytes: 10, sha256: sha },
    { path: 'files/uploads/products/a.webp', bytes: 3, sha256: sha },
  ],
};

describe('manifestProblems', () => {
  it('accepts a manifest the app writes', () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it.each([
    ['not an object', 'x', /không phải/],
    ['another format', { ...good, format: 'ocop-backup/9' }, /định dạng/],
    ['an unknown engine', { ...good, engine: 'mysql' }, /engine/],
    ['negative migrations', { ...good, migrations: -1 }, /migrations/],
    ['a bad date', { ...good, createdAt: 'hôm qua' }, /createdAt/],
    ['no file list', { ...good, files: undefined }, /files/],
    [
      'a path out of the archive',
      { ...good, files: [...good.files, { path: '../etc/passwd', bytes: 1, sha256: sha }] },
      /không hợp lệ/,
    ],
    [
      'an absolute path',
      { ...good, files: [...good.files, { path: '/etc/passwd', bytes: 1, sha256: sha }] },
      /không hợp lệ/,
    ],
    ['a short hash', { ...good, files: [{ ...good.files[0], sha256: 'abc' }] }, /không hợp lệ/],
    ['a repeated file', { ...good, files: [...good.files, good.files[1]] }, /lặp lại/],
    ['the database not listed', { ...good, database: 'database/other.dump' }, /cơ sở dữ liệu/],
  ])('refuses %s', (_, manifest, message) => {
    expect(manifestProblems(manifest).join('; ')).toMatch(message);
  });
});

describe('daily backups', () => {
  it('are named by their Vietnam date', () => {
    expect(dailyBackupName('2026-11-23')).toBe('ocop-2026-11-23.tar.gz');
  });

  it.each([
    [
      ['ocop-2026-11-20.tar.gz', 'ocop-2026-11-22.tar.gz', 'ocop-2026-11-21.tar.gz'],
      2,
      ['ocop-2026-11-20.tar.gz'],
    ],
    [['ocop-2026-11-20.tar.gz'], 7, []],
    [
      ['ocop-2026-11-20.tar.gz', 'truoc-nang-cap.tar.gz', 'ocop-2026-11-21.tar.gz.tmp'],
      0,
      ['ocop-2026-11-20.tar.gz'],
    ],
  ])('keep the newest: %j, keep %i → delete %j', (names, keep, expected) => {
    expect(backupsToPrune(names, keep)).toEqual(expected);
  });
});
