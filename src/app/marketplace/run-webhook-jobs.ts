import type { AppDeps } from '../deps.ts';
import { type DeliverReport, deliverDueWebhooks } from './deliver-webhooks.ts';
import { queueExpiredCertificateEvents } from './queue-expired-certificates.ts';

export type WebhookJobsReport = {
  /** Deliveries queued by today's expiry scan; null when it already ran today (or failed: see errors). */
  expiredQueued: number | null;
  deliveries: DeliverReport | null;
  errors: string[];
};

/** The webhook part of a scheduler tick: the daily expiry scan, then the due deliveries. Never throws. */
export async function runWebhookJobs(
  deps: Pick<AppDeps, 'db' | 'config'>,
  now: Date,
): Promise<WebhookJobsReport> {
  const report: WebhookJobsReport = { expiredQueued: null, deliveries: null, errors: [] };
  try {
    report.expiredQueued = await queueExpiredCertificateEvents(deps, now);
  } catch (error) {
    report.errors.push(`expired scan: ${(error as Error).message ?? String(error)}`);
  }
  try {
    report.deliveries = await deliverDueWebhooks(deps, now);
  } catch (error) {
    report.errors.push(`deliveries: ${(error as Error).message ?? String(error)}`);
  }
  return report;
}
