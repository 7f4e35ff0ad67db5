// A scratch PostgreSQL database for one bench run (created from, and dropped through, the server URL).
import pg from 'pg';

export const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type ScratchDatabase = { name: string; url: string };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** URL without the password, for printing. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates `ocop_bench_<pid>` (or `ocop_bench_<pid>_<suffix>`); returns the reason instead when the server is
 * not reachable.
 */
export async function createScratchDatabase(
  suffix?: string,
): Promise<ScratchDatabase | { unavailable: string }> {
  if (suffix !== undefined && !/^[a-z0-9_]+$/.test(suffix)) throw new Error(`bad scratch suffix ${suffix}`);
  const name = suffix ? `ocop_bench_${process.pid}_${suffix}` : `ocop_bench_${process.pid}`;
  try {
    await adminQuery(`drop database if exists ${name}`);
    await adminQuery(`create database ${name}`);
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  return { name, url: withDatabase(BENCH_PG_URL, name) };
}

export async function dropScratchDatabase(db: ScratchDatabase): Promise<void> {
  await adminQuery(`drop database if exists ${db.name} with (force)`);
}
