import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import type { AppDeps } from '../../src/app/deps.ts';
import { startServices } from '../../src/bootstrap.ts';
import { type AppConfig, loadConfig } from '../../src/config/env.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { buildApp } from '../../src/http/app.ts';
import { cloneForTest } from './test-databases.ts';

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  engine: 'pglite' | 'postgres';
  /** The database handle itself (dumps for backups). */
  database: DatabaseHandle;
  /** Moves the app's clock (lock-outs, expiry). */
  setNow(date: Date): void;
  close(): Promise<void>;
};

/**
 * The production builder on a private copy of the prepared database (PGlite or PostgreSQL, by project).
 * Call once per test file (beforeAll); tests inside a file create their own data with unique names.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const prepared = inject('preparedDatabase');
  const clone = await cloneForTest(prepared, randomUUID().slice(0, 8));
  const dataDir = await mkdtemp(join(tmpdir(), 'ocop-data-'));
  const config: AppConfig = loadConfig({
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-123456',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    // Tests run the jobs directly (runTick / runDailyJobs with a fixed clock); no timers.
    JOBS_ENABLED: 'false',
    ...env,
  });
  const services = await startServices(config, { target: clone.target, assumePrepared: true });
  let now: Date | null = null;
  const deps: AppDeps = { ...services.deps, now: () => now ?? new Date() };
  const app = await buildApp(deps, {
    engine: services.database.engine,
    logger: process.env.OCOP_TEST_LOG ? { level: 'error' } : false,
  });
  await app.ready();
  return {
    app,
    deps,
    engine: services.database.engine,
    database: services.database,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await services.close();
      await clone.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
