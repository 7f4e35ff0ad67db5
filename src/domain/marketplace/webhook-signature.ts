import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header values a delivery is signed with; see docs/CONTRACTS.md (Marketplace webhooks). */
export const WEBHOOK_SIGNATURE_PREFIX = 'sha256=';

/** `sha256=<hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the marketplace's secret>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `${WEBHOOK_SIGNATURE_PREFIX}${mac}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function isValidWebhookSignature(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
