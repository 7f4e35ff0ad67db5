import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../src/app/marketplace/deliver-webhooks.ts';
import {
  enqueueCertificateEvent,
  enqueueRecertification,
} from '../../src/app/marketplace/enqueue-webhooks.ts';
import { queueExpiredCertificateEvents } from '../../src/app/marketplace/queue-expired-certificates.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { auditLog, webhookDeliveries } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

type Received = { headers: IncomingHttpHeaders; body: string };

/** A marketplace's webhook endpoint: records every request and answers with `status` (after `delayMs`). */
class Receiver {
  received: Received[] = [];
  status = 200;
  delayMs = 0;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      setTimeout(() => response.writeHead(this.status).end('ok'), this.delayMs);
    });
  });
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/ocop/webhook`;
  }
  stop = () => new Promise<void>((resolve) => this.server.close(() => resolve()));
}

/** What a marketplace does with a delivery: recompute the HMAC over "{timestamp}.{raw body}", compare. */
function verifyLikeAMarketplace(secret: string, received: Received, now: Date): boolean {
  const timestamp = String(received.headers['x-ocop-timestamp']);
  const signature = String(received.headers['x-ocop-signature']);
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > 300) return false; // refuse replays
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex')}`;
  return (
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  );
}

const NOW = new Date('2026-11-22T03:00:00Z'); // 2026-11-22 in Vietnam
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

let t: TestApp;
let receiver: Receiver;
let webhookUrl: string;
let registrar: Actor;
let producer: ProducerView;
const as: Record<string, LoggedIn> = {};

const api = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: as[who]?.headers, ...(payload ? { payload } : {}) });

const deliveriesOf = (productId: string) =>
  t.deps.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.productId, productId));

async function certifiedProduct(validFrom = '2025-06-15') {
  const product = await buildProduct(t.deps, registrar, producer.id);
  const view = await certify(t.deps, registrar, product.id, { stars: 4, validFrom });
  return { productId: product.id, certificateId: view.certificates[0]?.id ?? '' };
}

/** Proposes and decides a revocation of the certificate through the API. */
async function revoke(certificateId: string) {
  const proposed = await api('officer', 'POST', '/revocations', {
    certificateId,
    ground: 'c',
    description: 'Đoàn kiểm tra kết luận vi phạm an toàn thực phẩm.',
    concludedOn: '2026-11-20',
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const revoked = await api('leader', 'POST', `/revocations/${proposed.json().id}/revoke`, {
    decisionNumber: '1234/QĐ-UBND',
    decidedOn: '2026-11-22',
  });
  expect(revoked.statusCode, revoked.body).toBe(200);
  return proposed.json().id as string;
}

/** Registers a marketplace that receives at `url`; returns its id and the secret shown once. */
async function register(name: string, url = webhookUrl) {
  const response = await api('ministry', 'POST', '/marketplaces', { name, webhookUrl: url });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; secret: string }>();
}

let marketplace: { id: string; secret: string };

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  receiver = new Receiver();
  webhookUrl = await receiver.start();
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar);
  const users = {
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(t.app, user.username);
  marketplace = await register('Sàn Postmart');
});
afterAll(async () => {
  await receiver?.stop();
  await t?.close();
});
beforeEach(() => {
  receiver.received = [];
  receiver.status = 200;
  receiver.delayMs = 0;
});

describe('marketplace registration', () => {
  it('is the ministry’s: the secret is shown once, never listed nor audited', async () => {
    expect(marketplace.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await api('ministry', 'GET', '/marketplaces');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(marketplace.secret);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id: marketplace.id, name: 'Sàn Postmart', webhookUrl, isActive: true }),
    );
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, marketplace.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(marketplace.secret);

    expect((await api('officer', 'GET', '/marketplaces')).statusCode).toBe(403);
    expect((await api('officer', 'POST', '/marketplaces', { name: 'X', webhookUrl })).statusCode).toBe(403);
    const plainHttp = await api('ministry', 'POST', '/marketplaces', {
      name: 'Sàn thử',
      webhookUrl: 'http://san-thu.vn/hook',
    });
    expect(plainHttp.statusCode).toBe(400);
    expect(plainHttp.json().errors).toEqual([expect.objectContaining({ field: 'body.webhookUrl' })]);
  });

  it('rotates the secret: the new one is shown once and signs from then on', async () => {
    const other = await register('Sàn xoay khoá', 'https://hooks.example.vn/ocop');
    const rotated = await api('ministry', 'POST', `/marketplaces/${other.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.headers['cache-control']).toBe('no-store');
    expect(rotated.json().secret).toMatch(/^whsec_/);
    expect(rotated.json().secret).not.toBe(other.secret);
    const off = await api('ministry', 'PATCH', `/marketplaces/${other.id}`, { isActive: false });
    expect(off.json()).toMatchObject({ isActive: false });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, other.id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'rotate-secret', 'deactivate']);
    expect(JSON.stringify(audit)).not.toContain(rotated.json().secret);
  });
});

describe('certificate.revoked', () => {
  it('is queued with the revocation, delivered signed, and never queued twice', async () => {
    const { productId, certificateId } = await certifiedProduct();
    await revoke(certificateId);
    const [queued, ...more] = await deliveriesOf(productId);
    expect(more).toEqual([]); // one active marketplace, one delivery
    expect(queued).toMatchObject({
      marketplaceId: marketplace.id,
      event: 'certificate.revoked',
      status: 'pending',
      attempts: 0,
      dedupeKey: `certificate.revoked:${certificateId}`,
      nextAttemptAt: NOW,
    });

    const report = await deliverDueWebhooks(t.deps, NOW);
    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    if (!request || !queued) throw new Error('nothing received');
    expect(request.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'x-ocop-event': 'certificate.revoked',
      'x-ocop-delivery': queued.id,
      'x-ocop-timestamp': String(NOW.getTime() / 1000),
    });
    expect(verifyLikeAMarketplace(marketplace.secret, request, NOW)).toBe(true);
    expect(verifyLikeAMarketplace('whsec_wrong', request, NOW)).toBe(false);
    expect(
      verifyLikeAMarketplace(
        marketplace.secret,
        { ...request, body: request.body.replace('revoked', 'valid') },
        NOW,
      ),
    ).toBe(false);
    const body = JSON.parse(request.body);
    expect(body).toEqual({
      id: queued.id,
      event: 'certificate.revoked',
      occurredAt: NOW.toISOString(),
      product: expect.objectContaining({
        productId,
        status: 'revoked',
        stars: 4,
        revocation: expect.objectContaining({ revokedOn: '2026-11-22', ground: 'c' }),
      }),
    });
    // The payload is what the public status API answers.
    const live = await t.app.inject({ url: `/api/v1/public/products/${productId}/status` });
    expect(body.product).toEqual(live.json());
    const [delivered] = await deliveriesOf(productId);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: NOW, lastError: null });

    // Re-running the event (a retried job, a second call) adds nothing; nothing more is sent.
    const again = await enqueueCertificateEvent(t.deps, t.deps.db, minutes(1), {
      event: 'certificate.revoked',
      productId,
      certificateId,
    });
    expect(again).toBe(0);
    expect(await deliverDueWebhooks(t.deps, minutes(2))).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await deliveriesOf(productId)).toHaveLength(1);
  });

  it('is written in the caller’s transaction: a change rolled back announces nothing', async () => {
    const { productId, certificateId } = await certifiedProduct();
    const attempt = t.deps.db.transaction(async (tx) => {
      const added = await enqueueCertificateEvent(t.deps, tx, NOW, {
        event: 'certificate.revoked',
        productId,
        certificateId,
      });
      expect(added).toBe(1);
      throw new Error('the revocation failed after queuing');
    });
    await expect(attempt).rejects.toThrow('failed after queuing');
    expect(await deliveriesOf(productId)).toEqual([]);
  });

  it('is retried with back-off while the marketplace fails, then given up, and can be sent again by hand', async () => {
    const { productId, certificateId } = await certifiedProduct();
    await revoke(certificateId);
    receiver.status = 500;
    const attemptAt = [0, 1, 6, 36, 156, 876]; // waits 1, 5, 30, 120, 720 minutes
    for (const [i, at] of attemptAt.entries()) {
      if (i > 0) {
        // A minute early: not yet due.
        expect(await deliverDueWebhooks(t.deps, minutes(at - 1 / 60))).toMatchObject({
          retrying: 0,
          failed: 0,
        });
      }
      const report = await deliverDueWebhooks(t.deps, minutes(at));
      const isLast = i === attemptAt.length - 1;
      expect(report).toEqual({ delivered: 0, retrying: isLast ? 0 : 1, failed: isLast ? 1 : 0 });
      const [row] = await deliveriesOf(productId);
      expect(row).toMatchObject({
        attempts: i + 1,
        lastError: 'HTTP 500',
        status: isLast ? 'failed' : 'pending',
      });
      if (!isLast) expect(row?.nextAttemptAt).toEqual(minutes(attemptAt[i + 1] ?? 0));
    }
    // Six attempts of one delivery, each signed with the time it was sent.
    expect(new Set(receiver.received.map((r) => r.headers['x-ocop-delivery'])).size).toBe(1);
    expect(receiver.received.map((r) => Number(r.headers['x-ocop-timestamp']))).toEqual(
      attemptAt.map((at) => minutes(at).getTime() / 1000),
    );
    for (const [i, request] of receiver.received.entries()) {
      expect(verifyLikeAMarketplace(marketplace.secret, request, minutes(attemptAt[i] ?? 0))).toBe(true);
    }

    const failed = await api('ministry', 'GET', `/marketplaces/${marketplace.id}/deliveries?status=failed`);
    expect(failed.statusCode, failed.body).toBe(200);
    const [listed] = failed.json().items;
    expect(listed).toMatchObject({
      event: 'certificate.revoked',
      product: { id: productId },
      status: 'failed',
      attempts: 6,
      lastError: 'HTTP 500',
      nextAttemptAt: null,
    });
    const retried = await api(
      'ministry',
      'POST',
      `/marketplaces/${marketplace.id}/deliveries/${listed.id}/retry`,
    );
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    const twice = await api(
      'ministry',
      'POST',
      `/marketplaces/${marketplace.id}/deliveries/${listed.id}/retry`,
    );
    expect(twice.json()).toMatchObject({ code: 'INVALID_TRANSITION', state: 'pending' });
    receiver.status = 204;
    expect(await deliverDueWebhooks(t.deps, NOW)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
  });

  it('counts a marketplace that does not answer in time as a failed attempt', async () => {
    const { productId, certificateId } = await certifiedProduct();
    await revoke(certificateId);
    receiver.delayMs = 500;
    expect(await deliverDueWebhooks(t.deps, NOW, { timeoutMs: 100 })).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    const [row] = await deliveriesOf(productId);
    expect(row).toMatchObject({ attempts: 1, status: 'pending', nextAttemptAt: minutes(1) });
    expect(row?.lastError).toContain('Quá thời gian chờ');
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the slow answer finish
    receiver.delayMs = 0;
    expect(await deliverDueWebhooks(t.deps, minutes(1))).toMatchObject({ delivered: 1 });
  });

  it('goes to every active marketplace; a deactivated one gets nothing new and its pending deliveries fail', async () => {
    const second = await register('Sàn Voso');
    const { productId, certificateId } = await certifiedProduct();
    await revoke(certificateId);
    const rows = await deliveriesOf(productId);
    expect(rows.map((r) => r.marketplaceId).sort()).toEqual([marketplace.id, second.id].sort());
    const off = await api('ministry', 'PATCH', `/marketplaces/${second.id}`, { isActive: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(await deliverDueWebhooks(t.deps, NOW)).toEqual({ delivered: 1, retrying: 0, failed: 1 });
    const after = await deliveriesOf(productId);
    expect(after.find((r) => r.marketplaceId === second.id)).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('ngừng'),
    });
    const next = await certifiedProduct();
    await revoke(next.certificateId);
    expect((await deliveriesOf(next.productId)).map((r) => r.marketplaceId)).toEqual([marketplace.id]);
    await deliverDueWebhooks(t.deps, NOW);
  });
});

describe('certificate.expired', () => {
  it('is queued once by the daily scan the day after expiry; re-runs add nothing', async () => {
    const lapsed = await certifiedProduct('2023-11-20'); // valid through 2026-11-20
    const valid = await certifiedProduct('2025-06-15');
    const longAgo = await certifiedProduct('2022-01-10'); // expired in January 2025: not news
    const day = new Date('2026-11-21T01:00:00Z'); // 2026-11-21 in Vietnam: first day expired
    const queued = await queueExpiredCertificateEvents(t.deps, day);
    expect(queued).toBeGreaterThanOrEqual(1);
    const [event] = await deliveriesOf(lapsed.productId);
    expect(event).toMatchObject({
      event: 'certificate.expired',
      dedupeKey: `certificate.expired:${lapsed.certificateId}`,
      payload: expect.objectContaining({
        product: expect.objectContaining({
          status: 'expired',
          certificate: expect.objectContaining({ validTo: '2026-11-20' }),
        }),
      }),
    });
    expect(await deliveriesOf(valid.productId)).toEqual([]);
    expect(await deliveriesOf(longAgo.productId)).toEqual([]);

    expect(await queueExpiredCertificateEvents(t.deps, new Date('2026-11-21T09:00:00Z'))).toBeNull(); // same day
    expect(await queueExpiredCertificateEvents(t.deps, new Date('2026-11-22T01:00:00Z'))).toBe(0); // next day
    expect(await deliveriesOf(lapsed.productId)).toHaveLength(1);
    expect(await deliverDueWebhooks(t.deps, NOW)).toMatchObject({ failed: 0 });
    expect(receiver.received.map((r) => r.headers['x-ocop-event'])).toContain('certificate.expired');
  });
});

describe('certificate.recertified', () => {
  it('is not sent for a product’s first certificate', async () => {
    const { productId, certificateId } = await certifiedProduct();
    expect(await enqueueRecertification(t.deps, t.deps.db, NOW, { id: certificateId, productId })).toBe(0);
    expect(await deliveriesOf(productId)).toEqual([]);
  });
});
