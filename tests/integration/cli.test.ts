import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { cloneForTest } from '../helpers/test-databases.ts';

const run = promisify(execFile);
const OCOP = fileURLToPath(new URL('../../cli/ocop.mjs', import.meta.url));

let env: Record<string, string>;
let dispose: () => Promise<void>;
let openTarget: Parameters<typeof openDatabase>[0];

/** The CLI gets its database the way an operator gives it: DATABASE_URL, or DATA_DIR holding pglite/. */
beforeAll(async () => {
  const prepared = inject('preparedDatabase');
  if (prepared.engine === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'ocop-cli-'));
    await cp(prepared.templateDir, join(dataDir, 'pglite'), { recursive: true });
    env = { DATA_DIR: dataDir };
    openTarget = { pgliteDir: join(dataDir, 'pglite') };
    dispose = () => rm(dataDir, { recursive: true, force: true });
  } else {
    const clone = await cloneForTest(prepared, 'cli');
    if (!('databaseUrl' in clone.target)) throw new Error('expected a PostgreSQL clone');
    env = {
      DATABASE_URL: clone.target.databaseUrl,
      SESSION_SECRET: 'cli-test-secret-cli-test-secret-123456',
    };
    openTarget = clone.target;
    dispose = clone.dispose;
  }
});
afterAll(() => dispose?.());

const ocop = (args: string[], extraEnv: Record<string, string> = {}) =>
  run(process.execPath, [OCOP, ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', ...extraEnv },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe('ocop CLI', () => {
  it('creates the first ministry admin, refuses a duplicate and a weak password', async () => {
    const args = [
      'user',
      'create',
      '--username',
      'first.admin',
      '--role',
      'ministry_admin',
      '--display-name',
      'Quản trị đầu tiên',
    ];
    const created = await ocop(args, { OCOP_PASSWORD: 'mật-khẩu-rất-dài-2026' });
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ username: 'first.admin', role: 'ministry_admin' });
    const again = await ocop(args, { OCOP_PASSWORD: 'mật-khẩu-rất-dài-2026' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('USERNAME_TAKEN');
    const weak = await ocop(['user', 'create', '--username', 'x.y', '--role', 'ministry_admin'], {
      OCOP_PASSWORD: 'abc',
    });
    expect(weak.stderr).toContain('WEAK_PASSWORD');
    const badRole = await ocop(['user', 'create', '--username', 'x.z', '--role', 'king'], {
      OCOP_PASSWORD: 'abc',
    });
    expect(badRole.code).toBe(64);
  });

  it('verifies the audit chain, then reports the first broken link after tampering', async () => {
    const intact = await ocop(['audit', 'verify']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/audit log intact: \d+/);

    const database = await openDatabase(openTarget);
    try {
      await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      await database.db.execute(sql`update audit_log set actor_label = 'someone else' where seq = 1`);
      await database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    } finally {
      await database.close();
    }
    const broken = await ocop(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('seq 1');
  });

  it('imports an OCOP list: a dry run prints the summary; a file with nothing importable exits 1', async () => {
    const sample = fileURLToPath(new URL('../../data/demo/ocop-products-sample.csv', import.meta.url));
    const dry = await ocop(['import', 'products', sample, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/dry run, nothing written/);
    expect(dry.stdout).toMatch(/319 {2}dòng dữ liệu/);
    const dir = await mkdtemp(join(tmpdir(), 'ocop-cli-import-'));
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'Tên sản phẩm,Tên chủ thể,Xã\nChè,,\n');
    const nothing = await ocop(['import', 'products', bad]);
    expect(nothing.code).toBe(1);
    await rm(dir, { recursive: true, force: true });
  });

  it('prints its usage for an unknown command', async () => {
    const result = await ocop(['frobnicate']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('ocop user create');
  });
});
