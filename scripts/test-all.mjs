// `npm test`: every check CI runs, in order; each step reports, and the run fails if any step failed.
// The last line is the test count as "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['lint (biome, zero warnings)', 'npx', ['biome', 'check', '--error-on-warnings', '.']],
  ['typecheck (tsc strict, server + web)', 'npm', ['run', '--silent', 'typecheck']],
  ['schema = migrations', 'npm', ['run', '--silent', 'db:check']],
  ['openapi.json up to date', 'npm', ['run', '--silent', 'openapi:check']],
  ['build back-office', 'npm', ['run', '--silent', 'build']],
];

const failed = [];
for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(label);
}

// All vitest projects: unit, integration on PGlite, integration on PostgreSQL, browser (e2e).
console.log('\n▶ tests: unit, integration (PGlite + PostgreSQL), browser');
mkdirSync('node_modules/.cache', { recursive: true });
const report = 'node_modules/.cache/vitest-report.json';
rmSync(report, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit' },
);
if (vitest.status !== 0) failed.push('tests');

let passed = 0;
let failedTests = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failedTests = results.numFailedTests;
}
if (failed.length > 0) console.error(`\nFailed steps: ${failed.join(', ')}`);
if (passed === 0) failed.push('no test ran');
console.log(`\n${passed} passed, ${failedTests} failed`);
process.exit(failed.length > 0 ? 1 : 0);
