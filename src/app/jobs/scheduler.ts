import type { AppDeps } from '../deps.ts';
import { withJobsLock } from './jobs-lock.ts';
import { runTick, type TickReport } from './run-tick.ts';

/** The part of a pino/Fastify logger the scheduler uses. */
export type SchedulerLog = {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
};

export type SchedulerOptions = {
  engine: 'pglite' | 'postgres';
  log: SchedulerLog;
  /** Between the end of one tick and the start of the next (JOBS_INTERVAL_SECONDS). */
  intervalMs: number;
  /** Before the first tick, so start-up is not slowed (default 5 s). */
  firstTickDelayMs?: number;
  /** Work after each tick, outside the jobs' transactions (the embedded database's daily backup). */
  afterTick?: () => Promise<void>;
};

function logReport(log: SchedulerLog, report: TickReport): void {
  for (const job of report.daily.jobs) {
    if (job.error)
      log.error({ job: job.name, today: report.daily.today, error: job.error }, 'daily job failed');
    else if (job.ran)
      log.info({ job: job.name, today: report.daily.today, notified: job.notified }, 'daily job ran');
  }
  const emails = report.emails;
  if (emails && emails.sent + emails.retrying + emails.failed + emails.skipped > 0) {
    log.info({ emails }, 'notification e-mails processed');
  }
  const { webhooks } = report;
  for (const error of webhooks.errors) log.error({ error }, 'webhook job failed');
  if (webhooks.expiredQueued)
    log.info({ queued: webhooks.expiredQueued }, 'certificate.expired webhooks queued');
  const deliveries = webhooks.deliveries;
  if (deliveries && deliveries.delivered + deliveries.retrying + deliveries.failed > 0) {
    log.info({ deliveries }, 'webhook deliveries processed');
  }
}

/**
 * Starts the in-process scheduler (see docs/adr/0012): a tick every `intervalMs`, never two at once, one
 * instance at a time on PostgreSQL. Returns a stop function that waits for a running tick to finish.
 */
export function startScheduler(deps: AppDeps, options: SchedulerOptions): () => Promise<void> {
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const tick = async (): Promise<void> => {
    try {
      const outcome = await withJobsLock(deps.db, options.engine, () => runTick(deps, deps.now()));
      if (outcome.ran) logReport(options.log, outcome.value);
    } catch (error) {
      options.log.error({ err: error }, 'scheduled jobs failed');
    }
    await options.afterTick?.().catch((error: unknown) => {
      options.log.error({ err: error }, 'after-tick task failed');
    });
  };
  const schedule = (delayMs: number): void => {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule(options.intervalMs);
      });
    }, delayMs);
    timer.unref();
  };

  schedule(options.firstTickDelayMs ?? 5_000);
  return async () => {
    isStopped = true;
    clearTimeout(timer);
    await running;
  };
}
