import { performance } from 'node:perf_hooks';
import { runDailyBackup } from '../app/backup/daily-backup.ts';
import { startScheduler } from '../app/jobs/scheduler.ts';
import { startServices } from '../bootstrap.ts';
import { ConfigError, loadConfig } from '../config/env.ts';
import { buildApp } from './app.ts';

/** The only file that listens: reads config, builds the services and the app, handles shutdown. */
async function main(): Promise<void> {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const services = await startServices(config, { log: (m) => console.log(`[ocop] ${m}`) });
  const app = await buildApp(services.deps, {
    engine: services.database.engine,
    logger: { level: config.logLevel },
  });
  // Timers live here, not in buildApp: tests and scripts build the app without starting jobs.
  // The embedded database backs itself up daily (docs/adr/0016); PostgreSQL is backed up by its operators.
  const dailyBackup =
    services.database.engine === 'pglite' && config.backup.keep > 0
      ? async () => {
          const options = { dataDir: config.dataDir, backupDir: config.backup.dir, keep: config.backup.keep };
          const outcome = await runDailyBackup(services.database, options, services.deps.now());
          if (outcome.written) app.log.info(outcome, 'daily backup written');
        }
      : undefined;
  const stopScheduler = config.jobs.enabled
    ? startScheduler(services.deps, {
        engine: services.database.engine,
        log: app.log,
        intervalMs: config.jobs.intervalSeconds * 1000,
        afterTick: dailyBackup,
      })
    : async () => undefined;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await stopScheduler();
    await app.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rss = Math.round(process.memoryUsage().rss / 1_048_576);
  console.log(
    `[ocop] ready in ${seconds}s (RSS ${rss} MB) on ${services.database.engine} ${services.database.location}\n` +
      `[ocop] public site ${config.publicBaseUrl}/  back-office ${config.publicBaseUrl}/admin/  API docs ${config.publicBaseUrl}/docs`,
  );
}

main().catch((error: unknown) => {
  console.error('[ocop] failed to start:', error);
  process.exit(1);
});
