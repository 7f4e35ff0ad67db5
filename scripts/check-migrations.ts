// Fails when the Drizzle schema (src/db/schema) and the committed migrations disagree: generates into a
// scratch copy of the migrations folder and checks that nothing new appears.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'src/db/migrations');
// drizzle-kit wants `out` relative to the project, so the scratch copy lives inside node_modules/.cache.
const scratchRelative = `node_modules/.cache/ocop-migrations-check-${process.pid}`;
const scratch = join(root, scratchRelative);
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
try {
  cpSync(committed, scratch, { recursive: true });
  const output = execFileSync(join(root, 'node_modules/.bin/drizzle-kit'), ['generate'], {
    cwd: root,
    env: { ...process.env, DRIZZLE_OUT: scratchRelative },
    encoding: 'utf8',
  });
  const before = readdirSync(committed).sort().join('\n');
  const after = readdirSync(scratch).sort().join('\n');
  if (before !== after || !/No schema changes/i.test(output)) {
    console.error(
      `The schema and the migrations disagree; run \`npm run db:generate\` and commit:\n${output}`,
    );
    process.exit(1);
  }
  console.log('schema and migrations agree');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
