// Writes (`write`) or checks (`check`) openapi.json: the OpenAPI document generated from the route schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { createArgon2Hasher } from '../src/app/auth/password-hasher.ts';
import type { AppDeps } from '../src/app/deps.ts';
import { loadConfig } from '../src/config/env.ts';
import type { Db } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { loadAdminUnitsIndex } from '../src/reference/admin-units-files.ts';

const FILE = new URL('../openapi.json', import.meta.url);

async function generate(): Promise<string> {
  // Building the app registers routes only; no query runs, so no database is needed.
  const deps: AppDeps = {
    db: {} as Db,
    config: loadConfig({ SESSION_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' }),
    sessionSecret: 'x'.repeat(32),
    passwords: createArgon2Hasher(),
    adminUnits: loadAdminUnitsIndex(),
    now: () => new Date(),
  };
  const app = await buildApp(deps, { engine: 'pglite' });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  return document;
}

const mode = process.argv[2];
const document = await generate();
if (mode === 'write') {
  writeFileSync(FILE, document);
  console.log('openapi.json written');
} else if (mode === 'check') {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (committed !== document) {
    console.error(
      'openapi.json is out of date with the route schemas: run `npm run openapi:generate` and commit it.',
    );
    process.exit(1);
  }
  console.log('openapi.json matches the route schemas');
} else {
  console.error('usage: openapi.ts write|check');
  process.exit(64);
}
