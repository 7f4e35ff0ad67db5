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

/** The URL without its password, which goes in PGPASSWORD instead: a command line is visible to `ps`. */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
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
  const { url, env } = connection(databaseUrl);
  return run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', path, url], env);
}

/** True when no user schema of the database holds a table. */
export async function isPostgresEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return (rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

/** Restores into an empty database (no table in any user schema); refuses anything else. */
export async function restorePostgres(dump: string, databaseUrl: string): Promise<void> {
  if (!(await isPostgresEmpty(databaseUrl)))
    throw new Error('cơ sở dữ liệu đích không trống / the target database is not empty');
  const { url, env } = connection(databaseUrl);
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', url, dump], env);
}
