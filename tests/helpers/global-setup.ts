import type { TestProject } from 'vitest/node';
import { dropTemplate, type PreparedDatabase, prepareTemplate, TEST_PG_URL } from './test-databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    preparedDatabase: PreparedDatabase;
  }
}

/** Once per project and run: a migrated database with reference data, which each test file clones. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engine = project.name === 'integration-pg' ? 'postgres' : 'pglite';
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let prepared: PreparedDatabase;
  try {
    prepared = await prepareTemplate(engine, runId);
  } catch (error) {
    if (engine === 'postgres') {
      throw new Error(
        `PostgreSQL tests need a server at ${TEST_PG_URL} (set TEST_DATABASE_URL): ${(error as Error).message}`,
      );
    }
    throw error;
  }
  project.provide('preparedDatabase', prepared);
  return () => dropTemplate(prepared, runId);
}
