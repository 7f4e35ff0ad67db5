import { defineConfig } from 'vitest/config';

// Three tiers (see tests/README.md): unit (pure, no I/O), integration (app.inject() on PGlite and on
// PostgreSQL: the same files run twice), e2e (Playwright-core driving Debian's chromium).
export default defineConfig({
  test: {
    // Two workers on the 2-core machines: integration tests mostly wait on the database.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Some unit tests read the shipped reference data (tens of thousands of rows): allow for a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration-pglite',
          include: ['tests/integration/**/*.test.ts'],
          env: { OCOP_TEST_DB: 'pglite' },
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration-pg',
          include: ['tests/integration/**/*.test.ts'],
          env: { OCOP_TEST_DB: 'postgres' },
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          env: { OCOP_TEST_DB: 'pglite' },
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
