import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { dumpPglite, dumpPostgres } from './database-dump.ts';
import * as schema from './schema/index.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export type Schema = typeof schema;
/** One type for both engines: the query builder is the same on PGlite and node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Human-readable location for logs (no password). */
  location: string;
  /** Writes a copy of the whole database to `path` (backups: pg_dump's custom format, or PGlite's dump). */
  dumpTo(path: string): Promise<void>;
  /** Applies pending migrations (src/db/migrations). */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export type DatabaseTarget = { databaseUrl: string } | { pgliteDir: string } | { pgliteMemory: true };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    // An idle connection the server ends (restart, failover, a dropped database) is an 'error' on the pool; with
    // no listener Node would crash the process. The pool discards that connection and opens a new one when
    // needed; queries in flight still get their own errors.
    pool.on('error', () => undefined);
    const url = new URL(target.databaseUrl);
    url.password = '';
    return {
      db: drizzleNodePg(pool, { schema, casing: 'snake_case' }) as unknown as Db,
      engine: 'postgres',
      location: url.toString(),
      migrate: () => migratePostgres(pool),
      dumpTo: (path) => dumpPostgres(target.databaseUrl, path),
      close: () => pool.end(),
    };
  }
  const dataDir = 'pgliteDir' in target ? target.pgliteDir : undefined;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(client, { schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    engine: 'pglite',
    location: dataDir ?? 'memory://',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    dumpTo: (path) => dumpPglite(client, path),
    close: () => client.close(),
  };
}

/** Where the embedded database lives inside DATA_DIR. */
export function pgliteDirIn(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/** One connection holds an advisory lock while migrating, so two starting instances do not race. */
async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(727001)');
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock(727001)').catch(() => undefined);
    client.release();
  }
}

/** Rows of a raw `db.execute()` result: node-postgres wraps them in `{ rows }`, PGlite too; typed here. */
export function rowsOf<T>(result: unknown): T[] {
  const wrapped = result as { rows?: T[] };
  return wrapped.rows ?? (result as T[]);
}
