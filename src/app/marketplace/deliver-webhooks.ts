import { findMarketplaceById, type MarketplaceRow } from '../../db/repositories/marketplaces.repository.ts';
import {
  claimDueDeliveries,
  updateDelivery,
  type WebhookDeliveryRow,
} from '../../db/repositories/webhooks.repository.ts';
import { nextAttemptAfterFailure, WEBHOOK_TIMEOUT_MS } from '../../domain/marketplace/webhook-retry.ts';
import type { AppDeps } from '../deps.ts';
import { sendWebhook } from './send-webhook.ts';

/** Deliveries taken per tick at most; the rest wait for the next tick. */
export const WEBHOOK_BATCH_SIZE = 50;
/** Sent at the same time, so one slow marketplace does not hold up the others for long. */
const PARALLEL = 10;
/** A claimed delivery whose result was never recorded (the process died) is tried again after this. */
const LEASE_MS = 10 * 60_000;

export type DeliverReport = { delivered: number; retrying: number; failed: number };
export type DeliverOptions = { batchSize?: number; timeoutMs?: number };

/** The body a marketplace receives (and the signature covers), byte for byte. */
export function deliveryBody(row: WebhookDeliveryRow): string {
  const payload = row.payload as { occurredAt?: unknown; product?: unknown };
  return JSON.stringify({
    id: row.id,
    event: row.event,
    occurredAt: payload.occurredAt,
    product: payload.product,
  });
}

async function deliverOne(
  deps: Pick<AppDeps, 'db'>,
  row: WebhookDeliveryRow,
  marketplace: MarketplaceRow | undefined,
  now: Date,
  timeoutMs: number,
): Promise<keyof DeliverReport> {
  if (!marketplace?.isActive) {
    await updateDelivery(deps.db, row.id, {
      status: 'failed',
      lastError: 'Sàn đã ngừng nhận thông báo / marketplace deactivated',
    });
    return 'failed';
  }
  const attempts = row.attempts + 1;
  const outcome = await sendWebhook(
    {
      url: marketplace.webhookUrl,
      secret: marketplace.secret,
      deliveryId: row.id,
      event: row.event,
      body: deliveryBody(row),
      now,
    },
    timeoutMs,
  );
  if (outcome.ok) {
    await updateDelivery(deps.db, row.id, {
      status: 'delivered',
      attempts,
      deliveredAt: now,
      lastError: null,
    });
    return 'delivered';
  }
  const next = nextAttemptAfterFailure(attempts, now);
  await updateDelivery(deps.db, row.id, {
    attempts,
    lastError: outcome.error,
    ...(next ? { nextAttemptAt: next } : { status: 'failed' as const }),
  });
  return next ? 'retrying' : 'failed';
}

/**
 * The delivery worker (called from each scheduler tick): sends the due pending deliveries, signed, and
 * records each result: delivered, retried with back-off (1 min … 12 h), or failed after the last attempt.
 */
export async function deliverDueWebhooks(
  deps: Pick<AppDeps, 'db'>,
  now: Date,
  options: DeliverOptions = {},
): Promise<DeliverReport> {
  const report: DeliverReport = { delivered: 0, retrying: 0, failed: 0 };
  const claimed = await claimDueDeliveries(
    deps.db,
    now,
    options.batchSize ?? WEBHOOK_BATCH_SIZE,
    new Date(now.getTime() + LEASE_MS),
  );
  const marketplaces = new Map<string, MarketplaceRow | undefined>();
  for (const id of new Set(claimed.map((d) => d.marketplaceId))) {
    marketplaces.set(id, await findMarketplaceById(deps.db, id));
  }
  for (let i = 0; i < claimed.length; i += PARALLEL) {
    const results = await Promise.all(
      claimed
        .slice(i, i + PARALLEL)
        .map((row) =>
          deliverOne(
            deps,
            row,
            marketplaces.get(row.marketplaceId),
            now,
            options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
          ),
        ),
    );
    for (const result of results) report[result] += 1;
  }
  return report;
}
