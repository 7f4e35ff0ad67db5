import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../src/app/marketplace/deliver-webhooks.ts';
import { webhookDeliveries } from '../../src/db/schema/index.ts';
import {
  act,
  buildCast,
  buildCouncil,
  client,
  draftDossier,
  EVALUATION_ENV,
  sheetWorth,
  toCouncil,
} from '../helpers/evaluation-factories.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let server: Server;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const NOW = new Date('2026-04-01T03:00:00Z'); // 2026-04-01 in Vietnam

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
  t.setNow(NOW);
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.close();
});

describe('certificate.recertified', () => {
  it('is queued when a signed re-evaluation decision renews a certificate, and delivered signed', async () => {
    const ministry = await loginAs(t.app, (await buildUser(t.deps, { role: 'ministry_admin' })).username);
    const port = (server.address() as AddressInfo).port;
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/marketplaces',
      headers: ministry.headers,
      payload: { name: 'Sàn Tiki', webhookUrl: `http://127.0.0.1:${port}/hooks` },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const { id: marketplaceId, secret } = registered.json<{ id: string; secret: string }>();

    // A 3★ certificate expiring on 1 September 2026: its re-evaluation window is open on 1 April.
    const cast = await buildCast(t, '08', 80);
    const councilId = await buildCouncil(t, cast);
    await certify(t.deps, await buildRegistrar(t.deps), cast.productId, {
      stars: 3,
      validFrom: '2023-09-01',
    });
    const dossierId = await draftDossier(t, cast, 're_evaluation', 72);
    await toCouncil(t, cast, dossierId, councilId);
    for (const member of [cast.chair, ...cast.members]) {
      const sheet = await client(t.app, member).post(`/api/v1/dossiers/${dossierId}/score-sheets`, {
        ...sheetWorth(73),
        opinion: 'Đồng ý nâng hạng 4 sao',
      });
      expect(sheet.status, JSON.stringify(sheet.body)).toBe(201);
    }
    await act(t, cast.chair, dossierId, { action: 'finalize' });
    const decision = await client(t.app, cast.office).post('/api/v1/decisions', {
      level: 'province',
      dossierIds: [dossierId],
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${decision.body.id}/sign`, {
      number: '88/QĐ-UBND',
      signedOn: '2026-04-01',
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);

    const rows = await t.deps.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.productId, cast.productId));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      marketplaceId,
      event: 'certificate.recertified',
      status: 'pending',
      dedupeKey: expect.stringMatching(/^certificate\.recertified:/),
    });

    expect(await deliverDueWebhooks(t.deps, NOW)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const [request] = received;
    if (!request) throw new Error('the marketplace received nothing');
    const timestamp = String(request.headers['x-ocop-timestamp']);
    const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex');
    expect(request.headers['x-ocop-signature']).toBe(`sha256=${expected}`);
    expect(request.headers['x-ocop-event']).toBe('certificate.recertified');
    expect(JSON.parse(request.body)).toMatchObject({
      id: row?.id,
      event: 'certificate.recertified',
      product: {
        productId: cast.productId,
        status: 'valid',
        stars: 4,
        certificate: { validFrom: '2026-04-01', validTo: '2029-04-01', decisionNumber: '88/QĐ-UBND' },
      },
    });
  });
});
