import type { DbOrTx } from '../../db/client.ts';
import {
  activeMarketplaceIds,
  findStatusProduct,
  hasOtherCertificate,
} from '../../db/repositories/marketplaces.repository.ts';
import { insertDeliveries } from '../../db/repositories/webhooks.repository.ts';
import { type WebhookEventName, webhookDedupeKey } from '../../domain/marketplace/webhook-events.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { productStatusViewOf } from './product-status.ts';

export type CertificateEvent = Readonly<{
  event: WebhookEventName;
  productId: string;
  certificateId: string;
}>;

/**
 * The outbox: one delivery per active marketplace, written in the caller's transaction (a rolled-back
 * change announces nothing). The payload is the product's status as the public API shows it after the
 * change. Idempotent per event and certificate (dedupe key); returns how many deliveries were added.
 */
export async function enqueueCertificateEvent(
  deps: Pick<AppDeps, 'config'>,
  db: DbOrTx,
  now: Date,
  input: CertificateEvent,
): Promise<number> {
  const marketplaceIds = await activeMarketplaceIds(db);
  if (marketplaceIds.length === 0) return 0;
  const found = await findStatusProduct(db, { kind: 'id', id: input.productId });
  if (!found) return 0;
  const product = productStatusViewOf(found, vietnamDate(now), deps.config.publicBaseUrl);
  const payload = { event: input.event, occurredAt: now.toISOString(), product };
  return insertDeliveries(
    db,
    marketplaceIds.map((marketplaceId) => ({
      marketplaceId,
      event: input.event,
      productId: input.productId,
      dedupeKey: webhookDedupeKey(input.event, input.certificateId),
      payload,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}

/** `certificate.recertified` for a certificate a signed decision issued, when the product had one before. */
export async function enqueueRecertification(
  deps: Pick<AppDeps, 'config'>,
  db: DbOrTx,
  now: Date,
  certificate: Readonly<{ id: string; productId: string }>,
): Promise<number> {
  if (!(await hasOtherCertificate(db, certificate.productId, certificate.id))) return 0;
  return enqueueCertificateEvent(deps, db, now, {
    event: 'certificate.recertified',
    productId: certificate.productId,
    certificateId: certificate.id,
  });
}
