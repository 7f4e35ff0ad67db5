// `npm run bench [-- scenario…]`: start-up time and memory, HTTP throughput against a bare-Fastify baseline,
// the pure address resolver against a folding-only baseline, the scoring engine against a points-summing
// baseline, and the registry at scale (import and search). Prints tables, writes bench/results/latest.json.
// Speed is judged by ratios to baselines measured in the same run, never by absolute numbers.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/env.ts';
import { latestCriteriaSet } from '../src/domain/scoring/catalog.ts';
import { loadAdminUnitsIndex } from '../src/reference/admin-units-files.ts';
import { readCriteriaSets } from '../src/reference/criteria-files.ts';
import { benchCatalogue, catalogueText } from './catalogue.ts';
import { benchDashboard } from './dashboard.ts';
import { dashboardText } from './dashboard-report.ts';
import { benchHttp } from './http.ts';
import { type LoadRunner, startLoadRunner } from './load.ts';
import {
  createScratchDatabase,
  describeUrl,
  dropScratchDatabase,
  type ScratchDatabase,
} from './pg-scratch.ts';
import { benchRegistry } from './registry.ts';
import {
  type BenchResults,
  httpText,
  machineInfo,
  machineText,
  registryText,
  resolverText,
  scoringText,
  startupText,
} from './report.ts';
import { benchResolver } from './resolver.ts';
import { benchScoring } from './scoring.ts';
import { benchSheet, sheetText } from './sheet.ts';
import { measureStartup, type StartupResult } from './startup.ts';
import { round } from './stats.ts';
import { benchVerify } from './verify.ts';
import { verifyText } from './verify-report.ts';

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const SETTINGS = {
  connections: Math.round(positive('BENCH_CONNECTIONS', 16)),
  warmupMs: 1000,
  durationMs: Math.round(positive('BENCH_SECONDS', 5) * 1000),
  resolverSample: 2000,
};
const RESOLVER_MIN_MS = 2000;
const REGISTRY = {
  importRows: Math.round(positive('BENCH_IMPORT_ROWS', 20_000)),
  grownProducts: Math.round(positive('BENCH_GROWN_PRODUCTS', 200_000)),
};

export const SCENARIOS = [
  'startup',
  'http',
  'resolver',
  'scoring',
  'registry',
  'catalogue',
  'verify',
  'dashboard',
  'sheet',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Scenario names from the command line (none = all), always run in the order of SCENARIOS. */
function selectedScenarios(args: readonly string[]): Scenario[] {
  const unknown = args.filter((a) => !(SCENARIOS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    console.error(`unknown scenario ${unknown.join(', ')}; usage: npm run bench [-- ${SCENARIOS.join(' ')}]`);
    process.exit(2);
  }
  return SCENARIOS.filter((s) => args.length === 0 || args.includes(s));
}
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

const BIOME = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

const progress = (message: string) => console.log(`· ${message}`);

/**
 * Writes latest.json formatted the way Biome formats JSON, so `npm run lint` stays clean after a run
 * (JSON.stringify alone breaks short arrays over lines). Written to *.tmp (git-ignored), then renamed.
 */
async function writeResults(results: BenchResults): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'latest.json');
  const raw = `${JSON.stringify(results, null, 2)}\n`;
  const formatted = spawnSync(BIOME, ['format', `--stdin-file-path=${file}`], {
    input: raw,
    encoding: 'utf8',
  });
  if (formatted.status !== 0) console.log(`note: biome format failed, latest.json left unformatted`);
  await writeFile(`${file}.tmp`, formatted.status === 0 && formatted.stdout ? formatted.stdout : raw);
  await rename(`${file}.tmp`, file);
  return file;
}

async function main(): Promise<void> {
  const scenarios = selectedScenarios(process.argv.slice(2));
  const began = performance.now();
  const machine = machineInfo();
  console.log(`${machineText(machine)}\nscenarios ${scenarios.join(' ')}\n`);
  if ((machine.loadAverage[0] ?? 0) > machine.cores) {
    console.log(
      `warning: load average ${machine.loadAverage[0]} > ${machine.cores} cores; numbers will be noisy\n`,
    );
  }

  const tmp = await mkdtemp(join(os.tmpdir(), 'ocop-bench-'));
  const pgliteDataDir = join(tmp, 'pglite-data');
  const pgDataDir = join(tmp, 'pg-data'); // only the generated session secret lands here
  let scratch: ScratchDatabase | null = null;
  let pgUnavailable: string | null = null;
  /** The scratch database shared by start-up and HTTP (created once, on first need). */
  const sharedScratch = async (): Promise<ScratchDatabase | null> => {
    if (scratch || pgUnavailable !== null) return scratch;
    const pg = await createScratchDatabase();
    if ('unavailable' in pg) pgUnavailable = pg.unavailable;
    else scratch = pg;
    return scratch;
  };
  let runner: LoadRunner | null = null;
  const loadRunner = (): LoadRunner => {
    runner ??= startLoadRunner();
    return runner;
  };
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    scenarios,
    machine,
    settings: SETTINGS,
  };
  try {
    // 1. Start-up, one fresh process per measurement.
    if (scenarios.includes('startup')) {
      const startup: StartupResult[] = [];
      const startupNotes = [
        'every start-up runs with DEMO_DATA=true (6 demo accounts, argon2id) on every engine',
      ];
      progress('start-up: PGlite, fresh data dir');
      startup.push(await measureStartup('PGlite, fresh dir', { dataDir: pgliteDataDir }));
      progress('start-up: PGlite, reopened');
      startup.push(await measureStartup('PGlite, reopened', { dataDir: pgliteDataDir }));
      const pg = await sharedScratch();
      if (!pg) {
        startupNotes.push(`PostgreSQL not reachable (${pgUnavailable}); its start-up rows are skipped`);
      } else {
        progress(`start-up: PostgreSQL ${describeUrl(pg.url)}, fresh database`);
        startup.push(
          await measureStartup('PostgreSQL, fresh db', { dataDir: pgDataDir, databaseUrl: pg.url }),
        );
        progress('start-up: PostgreSQL, reopened');
        startup.push(
          await measureStartup('PostgreSQL, reopened', { dataDir: pgDataDir, databaseUrl: pg.url }),
        );
      }
      results.startup = startup.map((s) => ({
        ...s,
        importMs: round(s.importMs, 1),
        startMs: round(s.startMs, 1),
        sinceProcessStartMs: round(s.sinceProcessStartMs, 1),
        processWallMs: round(s.processWallMs, 1),
      }));
      results.startupNotes = startupNotes;
    }

    // 2. HTTP over a real socket (PostgreSQL when reachable, else PGlite).
    if (scenarios.includes('http')) {
      const pg = await sharedScratch();
      const config = loadConfig({
        DATA_DIR: pg ? pgDataDir : pgliteDataDir,
        DATABASE_URL: pg?.url,
        DEMO_DATA: 'true',
        LOG_LEVEL: 'silent',
      });
      const services = await startServices(config);
      const note = pg
        ? ''
        : 'PostgreSQL was not reachable: HTTP measured on PGlite instead (not comparable with PostgreSQL runs)';
      try {
        const routes = await benchHttp(services, loadRunner(), SETTINGS, progress);
        results.http = { engine: services.database.engine, note, routes };
      } finally {
        await services.close();
      }
    }

    // 3. The pure resolver.
    if (scenarios.includes('resolver')) {
      progress('resolver: resolveAddress vs foldName');
      results.resolver = benchResolver(loadAdminUnitsIndex(), SETTINGS.resolverSample, RESOLVER_MIN_MS);
    }

    // 4. The pure scoring engine.
    if (scenarios.includes('scoring')) {
      progress('scoring: scoreEvaluation vs summing points');
      const criteriaSet = latestCriteriaSet(readCriteriaSets());
      if (!criteriaSet) throw new Error('no criteria set in data/criteria');
      results.scoring = benchScoring(criteriaSet, RESOLVER_MIN_MS);
    }

    // 5. The registry at scale: import, then search at 20,000 and 200,000 products (own scratch database).
    if (scenarios.includes('registry')) {
      results.registry = await benchRegistry(loadRunner(), { ...SETTINGS, ...REGISTRY }, tmp, progress);
    }

    // 6. The public catalogue at 20,000 products (issue 6; own scratch database).
    if (scenarios.includes('catalogue')) {
      const products = Math.round(positive('BENCH_CATALOGUE_PRODUCTS', 20_000));
      results.catalogue = await benchCatalogue(loadRunner(), { ...SETTINGS, products }, tmp, progress);
    }

    // 7. Stamp verification at 100,000 stamps, 64 connections (issue 6; own scratch database).
    if (scenarios.includes('verify')) {
      const options = { ...SETTINGS, connections: Math.round(positive('BENCH_VERIFY_CONNECTIONS', 64)) };
      const stamps = Math.round(positive('BENCH_VERIFY_STAMPS', 100_000));
      results.verify = await benchVerify(loadRunner(), { ...options, stamps }, tmp, progress);
    }

    // 8. Programme dashboards at 20,000 products / 10,000 producers (issue 7; own scratch database).
    if (scenarios.includes('dashboard')) {
      const options = {
        ...SETTINGS,
        connections: Math.round(positive('BENCH_DASHBOARD_CONNECTIONS', 4)),
        producers: Math.round(positive('BENCH_DASHBOARD_PRODUCERS', 10_000)),
        products: Math.round(positive('BENCH_DASHBOARD_PRODUCTS', 20_000)),
        samples: Math.round(positive('BENCH_DASHBOARD_SAMPLES', 30)),
      };
      results.dashboard = await benchDashboard(loadRunner(), options, tmp, progress);
    }

    // 9. Stamp print sheets off the event loop (pure CPU, no database).
    if (scenarios.includes('sheet')) {
      progress('sheet: 240-stamp print sheet, main thread vs worker thread');
      results.sheet = await benchSheet(
        Math.round(positive('BENCH_SHEET_STAMPS', 240)),
        Math.round(positive('BENCH_SHEET_RUNS', 5)),
      );
    }

    results.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
    results.totalSeconds = round((performance.now() - began) / 1000, 1);
    const sections = [
      results.startup && startupText(results.startup, results.startupNotes ?? []),
      results.http && httpText(results.http, SETTINGS),
      results.resolver && resolverText(results.resolver),
      results.scoring && scoringText(results.scoring),
      results.registry && registryText(results.registry, SETTINGS),
      results.catalogue && catalogueText(results.catalogue, SETTINGS),
      results.verify && verifyText(results.verify, SETTINGS),
      results.dashboard && dashboardText(results.dashboard, SETTINGS),
      results.sheet && sheetText(results.sheet),
    ].filter((text): text is string => Boolean(text));
    console.log(
      [
        '',
        ...sections.flatMap((text) => [text, '']),
        `load avg at end ${results.loadAverageAtEnd.join(' ')}; total ${results.totalSeconds} s`,
      ].join('\n'),
    );
    console.log(`written ${await writeResults(results)}`);
  } finally {
    // Both are assigned inside closures, which TypeScript's narrowing does not follow.
    (runner as LoadRunner | null)?.close();
    const dropped = scratch as ScratchDatabase | null;
    if (dropped) {
      await dropScratchDatabase(dropped).catch((e: unknown) => console.error(`drop ${dropped.name}: ${e}`));
    }
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
