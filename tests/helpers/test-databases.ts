import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadAdminUnits } from '../../src/app/reference/load-admin-units.ts';
import { type DatabaseTarget, openDatabase } from '../../src/db/client.ts';
import { adminUnitsDataFingerprint, readAdminUnitsData } from '../../src/reference/admin-units-files.ts';

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_PREFIX = 'ocop_t_';

/** What global setup prepared once per run, handed to every test file through vitest's provide/inject. */
export type PreparedDatabase =
  | { engine: 'pglite'; templateDir: string }
  | { engine: 'postgres'; serverUrl: string; templateName: string };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Migrates and loads reference data into a fresh database: the template every test file copies. */
async function prepare(target: DatabaseTarget): Promise<void> {
  const handle = await openDatabase(target);
  try {
    await handle.migrate();
    const [data, fingerprint] = await Promise.all([readAdminUnitsData(), adminUnitsDataFingerprint()]);
    await loadAdminUnits(handle.db, data, fingerprint, new Date());
  } finally {
    await handle.close();
  }
}

export async function prepareTemplate(
  engine: 'pglite' | 'postgres',
  runId: string,
): Promise<PreparedDatabase> {
  if (engine === 'pglite') {
    const templateDir = await mkdtemp(join(tmpdir(), 'ocop-pglite-template-'));
    await prepare({ pgliteDir: templateDir });
    return { engine, templateDir };
  }
  const templateName = `${PG_PREFIX}${runId}_tpl`;
  await adminQuery(TEST_PG_URL, [
    `drop database if exists ${templateName}`,
    `create database ${templateName}`,
  ]);
  await prepare({ databaseUrl: withDatabase(TEST_PG_URL, templateName) });
  return { engine, serverUrl: TEST_PG_URL, templateName };
}

export async function dropTemplate(prepared: PreparedDatabase, runId: string): Promise<void> {
  if (prepared.engine === 'pglite') {
    await rm(prepared.templateDir, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: prepared.serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${PG_PREFIX}${runId}%`],
    );
    for (const row of rows) await client.query(`drop database if exists ${row.datname} with (force)`);
  } finally {
    await client.end();
  }
}

/** `ocop_t_<run>_<label>`: the run's prefix (so the run's clean-up drops it), lower-case, safe as an identifier. */
const testDatabaseName = (templateName: string, label: string) =>
  `${templateName.replace(/_tpl$/, '')}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');

/** A private database for one test file: a copy of the template. */
export async function cloneForTest(
  prepared: PreparedDatabase,
  label: string,
): Promise<{ target: DatabaseTarget; dispose(): Promise<void> }> {
  if (prepared.engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ocop-pglite-test-'));
    await cp(prepared.templateDir, dir, { recursive: true });
    return { target: { pgliteDir: dir }, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = testDatabaseName(prepared.templateName, label);
  await adminQuery(prepared.serverUrl, [
    `drop database if exists ${name}`,
    `create database ${name} template ${prepared.templateName}`,
  ]);
  return {
    target: { databaseUrl: withDatabase(prepared.serverUrl, name) },
    dispose: () => adminQuery(prepared.serverUrl, [`drop database if exists ${name} with (force)`]),
  };
}

/** A database with nothing in it (restore targets): an empty folder, or a database made from template0. */
export async function emptyDatabaseForTest(
  prepared: PreparedDatabase,
  label: string,
): Promise<{ target: DatabaseTarget; dispose(): Promise<void> }> {
  if (prepared.engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ocop-pglite-empty-'));
    return { target: { pgliteDir: dir }, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = testDatabaseName(prepared.templateName, label);
  await adminQuery(prepared.serverUrl, [
    `drop database if exists ${name}`,
    `create database ${name} template template0`,
  ]);
  return {
    target: { databaseUrl: withDatabase(prepared.serverUrl, name) },
    dispose: () => adminQuery(prepared.serverUrl, [`drop database if exists ${name} with (force)`]),
  };
}

async function adminQuery(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
