import { signWebhook } from '../../domain/marketplace/webhook-signature.ts';

export type WebhookRequest = Readonly<{
  url: string;
  secret: string;
  deliveryId: string;
  event: string;
  body: string;
  /** Signed into X-OCOP-Timestamp (Unix seconds) so a receiver can refuse old replays. */
  now: Date;
}>;

export type SendOutcome = { ok: true; status: number } | { ok: false; error: string };

function failureOf(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return `Quá thời gian chờ ${timeoutMs / 1000} giây / timed out`;
  }
  const reason = e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
  return `Không kết nối được / connection failed: ${reason}`.slice(0, 500);
}

/**
 * POSTs one signed delivery. 2xx is success; any other status (redirects are not followed), a network error
 * or no answer within `timeoutMs` is a failure, retried later by the caller.
 */
export async function sendWebhook(request: WebhookRequest, timeoutMs: number): Promise<SendOutcome> {
  const timestamp = Math.floor(request.now.getTime() / 1000);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'OCOP-Platform-Webhooks/1',
        'x-ocop-event': request.event,
        'x-ocop-delivery': request.deliveryId,
        'x-ocop-timestamp': String(timestamp),
        'x-ocop-signature': signWebhook(request.secret, timestamp, request.body),
      },
      body: request.body,
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: failureOf(error, timeoutMs) };
  }
}
