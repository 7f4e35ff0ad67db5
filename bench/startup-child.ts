// One start-up measurement in a fresh process: `node --import tsx bench/startup-child.ts '<json>'` with
// { dataDir, databaseUrl? }. Prints one JSON line (StartupSample) on stdout and exits.
import { performance } from 'node:perf_hooks';

export type StartupSample = {
  engine: string;
  /** Importing bootstrap + config (module graph, tsx transpile cache). */
  importMs: number;
  /** loadConfig + startServices. */
  startMs: number;
  /** From process start (performance.timeOrigin) to services ready. */
  sinceProcessStartMs: number;
  rssAfterImportBytes: number;
  rssReadyBytes: number;
  /** Peak RSS of the process up to ready (getrusage maxrss). */
  maxRssBytes: number;
  heapUsedBytes: number;
  log: string[];
};

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as { dataDir: string; databaseUrl?: string };
  const t0 = performance.now();
  const { startServices } = await import('../src/bootstrap.ts');
  const { loadConfig } = await import('../src/config/env.ts');
  const importMs = performance.now() - t0;
  const rssAfterImportBytes = process.memoryUsage().rss;

  const log: string[] = [];
  const t1 = performance.now();
  const config = loadConfig({
    DATA_DIR: args.dataDir,
    DATABASE_URL: args.databaseUrl,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
  });
  const services = await startServices(config, { log: (m) => log.push(m) });
  const ready = performance.now();
  const sample: StartupSample = {
    engine: services.database.engine,
    importMs: importMs,
    startMs: ready - t1,
    sinceProcessStartMs: ready,
    rssAfterImportBytes,
    rssReadyBytes: process.memoryUsage().rss,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
    log,
  };
  await services.close();
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
