// Whole-database copies for backups (docs/adr/0016). The embedded database is copied with PGlite's own
// dumpDataDir (a gzipped tar of its data directory, taken between queries, so consistent); PostgreSQL with
// pg_dump's custom format and restored with pg_restore (both must be on the PATH, version ≥ the server's).
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';

export const DUMP_FILE = { pglite: 'pglite.tar.gz', postgres: 'postgres.dump' } as const;

export async function dumpPglite(client: PGlite, path: string): Promise<void> {
  const dump = await client.dumpDataDir('gzip');
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
}

/** Makes `dir` (absent or empty) the embedded database of the dump. */
export async function restorePglite(dump: string, dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0) throw new Error(`${dir} đã có cơ sở dữ liệu / already holds a database`);
  await mkdir(dir, { recursive: true });
  const client = await PGlite.create(dir, {
    loadDataDir: new Blob([await readFile(dump)]),
    extensions: { pg_trgm, unaccent },
  });
  await client.close();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`${command}: ${error.message} (cần cài PostgreSQL client / needs the client tools)`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`)),
    );
  });
}

export function dumpPostgres(databaseUrl: string, path: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', path, databaseUrl]);
}

/** Restores into an empty database (no table in any user schema); refuses anything else. */
export async function restorePostgres(dump: string, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    if ((rows[0]?.n ?? 0) > 0)
      throw new Error('cơ sở dữ liệu đích không trống / the target database is not empty');
  } finally {
    await client.end();
  }
  await run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--dbname',
    databaseUrl,
    dump,
  ]);
}
