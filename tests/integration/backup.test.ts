import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { create, extract } from 'tar';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { runDailyBackup } from '../../src/app/backup/daily-backup.ts';
import { openBackup } from '../../src/app/backup/open-backup.ts';
import { restoreBackup, shippedMigrations } from '../../src/app/backup/restore-backup.ts';
import { appliedMigrations, writeBackup } from '../../src/app/backup/write-backup.ts';
import { startScheduler } from '../../src/app/jobs/scheduler.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { openDatabase, pgliteDirIn } from '../../src/db/client.ts';
import { producers } from '../../src/db/schema/index.ts';
import { buildProducer, buildRegistrar } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { emptyDatabaseForTest } from '../helpers/test-databases.ts';

let t: TestApp;
let work: string;
let producer: ProducerView;
let backup: string;
const EVIDENCE = 'uploads/evidence/3f/giay-chung-nhan-attp.pdf';
const PDF = Buffer.from('%PDF-1.7 giấy chứng nhận ATTP');
const NOW = new Date('2026-11-23T03:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  work = await mkdtemp(join(tmpdir(), 'ocop-backup-test-'));
  producer = await buildProducer(t.deps, await buildRegistrar(t.deps), {
    name: 'HTX Chè Shan Tuyết Hà Giang',
  });
  const dataDir = t.deps.config.dataDir;
  await mkdir(join(dataDir, 'uploads/evidence/3f'), { recursive: true });
  await writeFile(join(dataDir, EVIDENCE), PDF);
  await mkdir(join(dataDir, 'secrets'), { recursive: true });
  await writeFile(join(dataDir, 'secrets/session-secret'), 'not for backups');
  await mkdir(join(dataDir, 'admin-units'), { recursive: true }); // DATA_DIR may be the repository's data/
  await writeFile(join(dataDir, 'admin-units/provinces.csv'), 'reference data, shipped with the app');
  backup = join(work, 'ocop.tar.gz');
  await writeBackup(t.database, dataDir, backup, NOW);
});
afterAll(async () => {
  await t?.close();
  await rm(work, { recursive: true, force: true });
});

/** A copy of the backup with `change` applied to its unpacked files. */
async function altered(name: string, change: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(work, 'unpacked-'));
  await extract({ file: backup, cwd: dir });
  await change(dir);
  const out = join(work, name);
  await create({ gzip: true, file: out, cwd: dir, portable: true }, await readdir(dir));
  return out;
}

describe('backups', () => {
  it('hold the database and the uploaded files, with a SHA-256 each, and no secrets', async () => {
    const { manifest, dispose } = await openBackup(backup);
    await dispose();
    expect(manifest).toMatchObject({
      format: 'ocop-backup/1',
      engine: t.engine,
      createdAt: NOW.toISOString(),
      migrations: await shippedMigrations(),
      database: t.engine === 'pglite' ? 'database/pglite.tar.gz' : 'database/postgres.dump',
    });
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toContain(`files/${EVIDENCE}`);
    expect(paths.filter((p) => p.startsWith('files/'))).toEqual([`files/${EVIDENCE}`]);
  });

  it('restore into a fresh install: the same records and files', async () => {
    const empty = await emptyDatabaseForTest(inject('preparedDatabase'), 'restored');
    const dataDir = 'pgliteDir' in empty.target ? empty.target.pgliteDir : await mkdtemp(join(work, 'data-'));
    const databaseUrl = 'databaseUrl' in empty.target ? empty.target.databaseUrl : null;
    try {
      await restoreBackup(backup, { dataDir, databaseUrl });
      expect(await readFile(join(dataDir, EVIDENCE))).toEqual(PDF);
      const restored = await openDatabase(
        databaseUrl ? { databaseUrl } : { pgliteDir: pgliteDirIn(dataDir) },
      );
      try {
        const [row] = await restored.db.select().from(producers).where(eq(producers.id, producer.id));
        expect(row?.name).toBe('HTX Chè Shan Tuyết Hà Giang');
        expect(await appliedMigrations(restored)).toBe(await shippedMigrations());
      } finally {
        await restored.close();
      }
      // A second restore into the same place is refused: nothing is overwritten.
      await expect(restoreBackup(backup, { dataDir, databaseUrl })).rejects.toMatchObject({
        code: 'BACKUP_TARGET_NOT_EMPTY',
      });
    } finally {
      await empty.dispose();
    }
  });

  it.each([
    [
      'a changed file',
      (dir: string) => writeFile(join(dir, 'files', EVIDENCE), '%PDF-1.7 giả mạo'),
      /files\/uploads\/evidence\/3f\/giay-chung-nhan-attp\.pdf đã bị thay đổi/,
    ],
    ['a missing file', (dir: string) => rm(join(dir, 'files', EVIDENCE)), /thiếu tệp/],
    [
      'a file the manifest does not list',
      (dir: string) => writeFile(join(dir, 'files', 'uploads', 'them.txt'), 'x'),
      /không có trong manifest/,
    ],
    ['no manifest', (dir: string) => rm(join(dir, 'manifest.json')), /thiếu manifest\.json/],
  ])('are refused with %s', async (_, change, message) => {
    const file = await altered(`bad-${Math.random().toString(36).slice(2)}.tar.gz`, change);
    await expect(openBackup(file)).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
      detail: expect.stringMatching(message),
    });
  });

  it('from a newer version are refused before anything is written', async () => {
    const file = await altered('newer.tar.gz', async (dir) => {
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      await writeFile(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, migrations: 999 }));
    });
    const dataDir = await mkdtemp(join(work, 'newer-'));
    await expect(
      restoreBackup(file, {
        dataDir,
        databaseUrl: t.engine === 'postgres' ? 'postgres://unused@127.0.0.1:1/x' : null,
      }),
    ).rejects.toMatchObject({ code: 'BACKUP_TOO_NEW' });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('are taken once a day and the newest are kept', async () => {
    const backupDir = join(t.deps.config.dataDir, 'backups'); // inside DATA_DIR, the default
    await mkdir(backupDir);
    for (const name of ['ocop-2026-11-20.tar.gz', 'ocop-2026-11-21.tar.gz', 'truoc-nang-cap.tar.gz'])
      await writeFile(join(backupDir, name), 'old');
    const options = { dataDir: t.deps.config.dataDir, backupDir, keep: 2 };
    const first = await runDailyBackup(t.database, options, NOW);
    expect(first).toEqual({
      written: join(backupDir, 'ocop-2026-11-23.tar.gz'),
      pruned: ['ocop-2026-11-20.tar.gz'],
    });
    expect(await runDailyBackup(t.database, options, new Date('2026-11-23T16:00:00Z'))).toEqual({
      written: null,
      pruned: [],
    });
    expect((await readdir(backupDir)).sort()).toEqual([
      'ocop-2026-11-21.tar.gz',
      'ocop-2026-11-23.tar.gz',
      'truoc-nang-cap.tar.gz',
    ]);
    const { manifest, dispose } = await openBackup(join(backupDir, 'ocop-2026-11-23.tar.gz'));
    await dispose();
    expect(manifest.files.some((f) => f.path.startsWith('files/backups'))).toBe(false);
  });

  it('run after the scheduler’s tick; a failure is logged and the scheduler goes on', async () => {
    const errors: string[] = [];
    const log = { info: () => undefined, error: (_: object, message: string) => errors.push(message) };
    let calls = 0;
    const stop = startScheduler(t.deps, {
      engine: t.engine,
      log,
      intervalMs: 60_000,
      firstTickDelayMs: 0,
      afterTick: async () => {
        calls += 1;
        throw new Error('ổ đĩa đầy');
      },
    });
    await vi.waitFor(() => expect(calls).toBe(1), { timeout: 15_000 });
    await stop();
    expect(errors).toEqual(['after-tick task failed']);
  });
});
