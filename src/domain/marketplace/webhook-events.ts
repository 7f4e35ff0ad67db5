/**
 * What a marketplace hears about (kept equal to WEBHOOK_EVENTS in src/db/schema/marketplaces.ts):
 * - `certificate.revoked`: a revocation decision was recorded (Decision 26/2026 Art. 8);
 * - `certificate.recertified`: a signed decision issued a new certificate to a product that already had one
 *   (re-evaluation, upgrade, or re-certification after expiry or revocation). A first certificate is not
 *   announced: a marketplace lists a product only after checking its status;
 * - `certificate.expired`: the product's current certificate lapsed (and is not extended, Art. 12.3).
 */
export const WEBHOOK_EVENT_NAMES = [
  'certificate.expired',
  'certificate.revoked',
  'certificate.recertified',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

/** One delivery per marketplace per event and certificate: a re-run inserts nothing. */
export const webhookDedupeKey = (event: WebhookEventName, certificateId: string): string =>
  `${event}:${certificateId}`;
