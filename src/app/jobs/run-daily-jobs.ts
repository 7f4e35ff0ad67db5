import { claimJobRun } from '../../db/repositories/notifications.repository.ts';
import { type IsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { notifyOptionsOf } from '../notifications/notify-users.ts';
import { nationalMonthlyExportJob } from '../reports/national-export-job.ts';
import { detectCopiedStampsJob } from '../stamps/detect-copied-stamps.ts';
import type { DailyJob, DailyJobDeps } from './daily-job.ts';
import { remindOverdueDossiers } from './remind-overdue-dossiers.ts';
import { remindPlansAtRisk } from './remind-plans-at-risk.ts';
import { remindReEvaluationWindow } from './remind-re-evaluation-window.ts';
import { remindRevocationsDue } from './remind-revocations-due.ts';
import { remindYearlyFigures } from './remind-yearly-figures.ts';

export const DAILY_JOBS: readonly DailyJob[] = [
  remindOverdueDossiers,
  remindReEvaluationWindow,
  remindRevocationsDue,
  detectCopiedStampsJob,
  nationalMonthlyExportJob,
  remindPlansAtRisk,
  remindYearlyFigures,
];

export type DailyJobOutcome = {
  name: string;
  /** false: it already ran for this date (or failed: see `error`). */
  ran: boolean;
  notified: number;
  error?: string;
};

export type DailyJobsReport = { today: IsoDate; jobs: DailyJobOutcome[] };

/**
 * Runs each daily job that has not run yet for the Vietnam date of `now`. A job claims its date in
 * job_runs and runs in the same transaction: a restart or a second instance does not run it again, and a
 * job that fails gives its claim back (retried on the next tick) without stopping the others.
 */
export async function runDailyJobs(
  deps: Pick<AppDeps, 'db' | 'mailer'> & DailyJobDeps,
  now: Date,
): Promise<DailyJobsReport> {
  const today = vietnamDate(now);
  const notify = notifyOptionsOf(deps);
  const jobs: DailyJobOutcome[] = [];
  for (const job of DAILY_JOBS) {
    try {
      const notified = await deps.db.transaction(async (tx) => {
        if (!(await claimJobRun(tx, job.name, today, now))) return null;
        return job.run({ db: tx, today, now, notify, deps });
      });
      jobs.push({ name: job.name, ran: notified !== null, notified: notified ?? 0 });
    } catch (error) {
      jobs.push({
        name: job.name,
        ran: false,
        notified: 0,
        error: (error as Error).message ?? String(error),
      });
    }
  }
  return { today, jobs };
}
