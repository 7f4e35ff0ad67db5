import type { AppDeps } from '../deps.ts';
import { runWebhookJobs, type WebhookJobsReport } from '../marketplace/run-webhook-jobs.ts';
import { type SendEmailsReport, sendPendingEmails } from '../notifications/mailer.ts';
import { type DailyJobsReport, runDailyJobs } from './run-daily-jobs.ts';

/** E-mails sent per tick at most; the rest wait for the next tick. */
export const EMAIL_BATCH_SIZE = 50;

export type TickReport = {
  daily: DailyJobsReport;
  emails: SendEmailsReport | null;
  webhooks: WebhookJobsReport;
};

/**
 * One scheduler tick: the daily jobs (each at most once per Vietnam date), then the e-mail outbox (when
 * an SMTP server is configured), then the marketplace webhooks (daily expiry scan, due deliveries).
 * Idempotent, so tests call it directly with a fixed `now`.
 */
export async function runTick(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config' | 'adminUnits' | 'productSets'>,
  now: Date,
): Promise<TickReport> {
  const daily = await runDailyJobs(deps, now);
  const emails = deps.mailer
    ? await sendPendingEmails(deps.db, deps.mailer, now, {
        batchSize: EMAIL_BATCH_SIZE,
        publicBaseUrl: deps.config.publicBaseUrl,
      })
    : null;
  const webhooks = await runWebhookJobs(deps, now);
  return { daily, emails, webhooks };
}
