// Writes (`write`) or checks (`check`) openapi.json, the OpenAPI document generated from the route schemas,
// and web/src/api/schema.d.ts, the TypeScript types the back-office derives its API types from.

import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { createArgon2Hasher } from '../src/app/auth/password-hasher.ts';
import { loadHolidayCalendar } from '../src/app/calendar/load-holiday-calendar.ts';
import type { AppDeps } from '../src/app/deps.ts';
import { ImportJobs } from '../src/app/import/import-jobs.ts';
import { createDiskMediaStore } from '../src/app/media/media-store.ts';
import { loadConfig } from '../src/config/env.ts';
import type { Db } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { loadAdminUnitsIndex } from '../src/reference/admin-units-files.ts';
import { readCriteriaSets } from '../src/reference/criteria-files.ts';
import { readProductSetCatalog } from '../src/reference/product-set-catalog-file.ts';

const FILE = new URL('../openapi.json', import.meta.url);
const WEB_TYPES = new URL('../web/src/api/schema.d.ts', import.meta.url);

async function generate(): Promise<string> {
  // Building the app registers routes only; no query runs, so no database is needed.
  const deps: AppDeps = {
    db: {} as Db,
    config: loadConfig({ SESSION_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' }),
    sessionSecret: 'x'.repeat(32),
    passwords: createArgon2Hasher(),
    adminUnits: loadAdminUnitsIndex(),
    productSets: readProductSetCatalog(),
    criteriaSets: readCriteriaSets(),
    importJobs: new ImportJobs(),
    media: createDiskMediaStore('/nonexistent'),
    mailer: null,
    calendar: loadHolidayCalendar(),
    now: () => new Date(),
  };
  const app = await buildApp(deps, { engine: 'pglite' });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  return document;
}

async function webTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document));
  return `// Generated from openapi.json by scripts/openapi.ts — do not edit.\n${astToString(ast)}`;
}

function readOrEmpty(file: URL): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

const mode = process.argv[2];
const document = await generate();
const types = await webTypes(document);
if (mode === 'write') {
  writeFileSync(FILE, document);
  writeFileSync(WEB_TYPES, types);
  console.log('openapi.json and web/src/api/schema.d.ts written');
} else if (mode === 'check') {
  if (readOrEmpty(FILE) !== document || readOrEmpty(WEB_TYPES) !== types) {
    console.error(
      'openapi.json or web/src/api/schema.d.ts is out of date with the route schemas: run `npm run openapi:generate` and commit.',
    );
    process.exit(1);
  }
  console.log('openapi.json and web/src/api/schema.d.ts match the route schemas');
} else {
  console.error('usage: openapi.ts write|check');
  process.exit(64);
}
