import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { clearStampCaches } from '../../src/app/stamps/stamp-runtime.ts';
import type { Db } from '../../src/db/client.ts';
import { stamps } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { gs1CheckDigit } from '../../src/domain/registry/gtin.ts';
import { newStampCode } from '../../src/domain/stamps/stamp-code.ts';
import { buildApp } from '../../src/http/app.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
let producer: ProducerView;
const as: Record<string, LoggedIn> = {};

const NOW = new Date('2026-11-22T03:00:00Z'); // 2026-11-22 in Vietnam
const randomGtin = () => {
  const body = `893${String(randomInt(1e9)).padStart(9, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
};

/** A certified product with a batch of `quantity` stamps; returns the product, its certificate and codes. */
async function stampedProduct(options: { validFrom?: string; gtin?: string; quantity?: number } = {}) {
  const product = await buildProduct(
    t.deps,
    registrar,
    producer.id,
    options.gtin ? { gtin: options.gtin } : {},
  );
  const view = await certify(t.deps, registrar, product.id, {
    stars: 4,
    validFrom: options.validFrom ?? '2025-06-15',
    number: `${product.id.slice(0, 4)}/GCN-UBND`,
  });
  const batch = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: as.officer?.headers,
    payload: { productId: product.id, quantity: options.quantity ?? 3 },
  });
  expect(batch.statusCode, batch.body).toBe(201);
  const rows = await t.deps.db
    .select()
    .from(stamps)
    .where(eq(stamps.batchId, batch.json().id))
    .orderBy(stamps.serial);
  return {
    product,
    certificateId: view.certificates[0]?.id ?? '',
    batchId: batch.json().id as string,
    codes: rows.map((r) => r.code),
  };
}

const page = (path: string, app: FastifyInstance = t.app, remoteAddress = '198.51.100.7') =>
  app.inject({
    method: 'GET',
    url: path,
    remoteAddress,
    headers: { 'user-agent': 'Mozilla/5.0 (Android 14) test' },
  });
const json = (code: string, app: FastifyInstance = t.app, remoteAddress = '198.51.100.7') =>
  app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}`, remoteAddress });

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 4) });
  const users = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('verification of a stamp', () => {
  it('shows a genuine stamp of a valid certificate in green, readable without JavaScript, never cached', async () => {
    const { product, codes } = await stampedProduct();
    const code = codes[0] ?? '';
    const response = await page(`/v/${code}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-type']).toContain('text/html');
    const body = response.body;
    expect(body).toContain('class="verdict verdict-green"');
    expect(body).toContain('Tem OCOP chính hãng');
    expect(body).toContain('Genuine OCOP stamp');
    expect(body).toContain('Còn hiệu lực');
    expect(body).toContain(product.name);
    expect(body).toContain(producer.name);
    expect(body).toContain(`${product.id.slice(0, 4)}/GCN-UBND`);
    expect(body).toContain('15/06/2025 – 15/06/2028');
    expect(body).toContain('4 sao');
    expect(body).toContain('<form method="post" action="/v/');

    const api = await json(code.toLowerCase().replace(/(.{4})/g, '$1-'));
    expect(api.statusCode, api.body).toBe(200);
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.json()).toMatchObject({
      code,
      result: 'genuine',
      tone: 'green',
      status: { code: 'valid' },
      stamp: { serial: 1, batchStatus: 'issued', printedStars: 4 },
      product: { name: product.name, producerName: producer.name, provinceCode: '08' },
      certificate: { stars: 4, validTo: '2028-06-15', revokedOn: null },
      checkedOn: '2026-11-22',
    });
  });

  it('turns amber when the certificate is expiring', async () => {
    const { codes } = await stampedProduct({ validFrom: '2024-03-01' }); // valid to 2027-03-01: 99 days left
    const response = await page(`/v/${codes[1]}`);
    expect(response.body).toContain('verdict verdict-amber');
    expect(response.body).toContain('sắp hết hạn');
    expect((await json(codes[1] ?? '')).json()).toMatchObject({
      tone: 'amber',
      status: { code: 'expiring' },
    });
  });

  it('turns red within seconds of a revocation through the revocations API', async () => {
    const { certificateId, codes } = await stampedProduct();
    const code = codes[0] ?? '';
    expect((await json(code)).json().tone).toBe('green');
    const proposed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/revocations',
      headers: as.officer?.headers,
      payload: {
        certificateId,
        ground: 'd',
        description: 'Dán tem OCOP lên sản phẩm khác.',
        concludedOn: '2026-11-20',
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/revocations/${proposed.json().id}/revoke`,
      headers: as.leader?.headers,
      payload: { decisionNumber: '77/QĐ-UBND', decidedOn: '2026-11-22' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);

    // The looked-up stamp is reused for at most 5 seconds of the app's clock.
    expect((await json(code)).json().tone).toBe('green');
    t.setNow(new Date(NOW.getTime() + 5_000));
    try {
      const after = (await json(code)).json();
      expect(after).toMatchObject({
        result: 'genuine',
        tone: 'red',
        status: { code: 'revoked' },
        certificate: { revokedOn: '2026-11-22', revocationGround: 'd', revocationDecision: '77/QĐ-UBND' },
      });
      const html = (await page(`/v/${code}`)).body;
      expect(html).toContain('verdict verdict-red');
      expect(html).toContain('Đã bị thu hồi');
      expect(html).toContain('Thu hồi từ ngày 22/11/2026');
      expect(html).toContain('Sử dụng nhãn hiệu OCOP không đúng quy định');
      expect(html).toContain('77/QĐ-UBND');
    } finally {
      t.setNow(NOW);
    }
  });

  it('shows a void batch in red and an unknown code in grey', async () => {
    const { batchId, codes } = await stampedProduct();
    const voided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batchId}/void`,
      headers: as.officer?.headers,
      payload: { reason: 'Thất lạc' },
    });
    expect(voided.statusCode).toBe(200);
    clearStampCaches(t.deps);
    expect((await json(codes[2] ?? '')).json()).toMatchObject({
      result: 'void',
      tone: 'red',
      stamp: { batchStatus: 'void' },
    });
    expect((await page(`/v/${codes[2]}`)).body).toContain('Tem đã bị hủy');

    const unknown = newStampCode((n) => new Uint8Array(n).fill(7));
    const unknownPage = await page(`/v/${unknown}`);
    expect(unknownPage.statusCode).toBe(404);
    expect(unknownPage.body).toContain('verdict verdict-grey');
    expect(unknownPage.body).toContain('Không tìm thấy mã tem');
    expect((await json(unknown)).json()).toMatchObject({ result: 'unknown', tone: 'grey', product: null });
  });

  it('answers a malformed or mistyped code in grey without querying the database', async () => {
    const { codes } = await stampedProduct();
    const code = codes[0] ?? '';
    const typo = `${code.slice(0, 5)}${code[6]}${code[5]}${code.slice(7)}`; // two characters swapped
    const noDb = new Proxy({} as Db, {
      get: () => {
        throw new Error('the database was queried');
      },
    });
    const deps: AppDeps = { ...t.deps, db: noDb };
    const isolated = await buildApp(deps, { engine: t.engine });
    try {
      for (const input of [typo, 'garbage', '%3Cscript%3E', 'x'.repeat(60)]) {
        const response = await page(`/v/${input}`, isolated);
        expect(response.statusCode, input).toBe(404);
        expect(response.body).toContain('verdict verdict-grey');
        expect(response.body).toContain('Mã tem không hợp lệ');
        expect(response.body).not.toContain('<script>');
        const api = await json(input, isolated);
        expect(api.statusCode).toBe(404);
        expect(api.json()).toMatchObject({ code: 'STAMP_CODE_INVALID' });
      }
    } finally {
      await isolated.close();
    }
  });

  it('resolves the GS1 Digital Link of a stamp (GTIN-14 or GTIN-13 and serial)', async () => {
    const gtin = randomGtin();
    const { product, codes } = await stampedProduct({ gtin, quantity: 5 });
    const response = await page(`/01/0${gtin}/21/4`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('verdict verdict-green');
    expect(response.body).toContain(product.name);
    expect(response.body).toContain(`<code>${codes[3]?.match(/.{1,4}/g)?.join('-')}</code>`);
    expect(response.body).toContain('liên kết GS1');
    expect((await page(`/01/${gtin}/21/4`)).statusCode).toBe(200);
    expect((await page(`/01/0${gtin}/21/6`)).statusCode).toBe(404);
    const wrongCheck = `${gtin.slice(0, 12)}${(Number(gtin[12]) + 1) % 10}`;
    const bad = await page(`/01/0${wrongCheck}/21/4`);
    expect(bad.statusCode).toBe(404);
    expect(bad.body).toContain('Mã tem không hợp lệ');
    const api = (await json(codes[0] ?? '')).json();
    expect(api.links.gs1).toBe(`${t.deps.config.publicBaseUrl}/01/0${gtin}/21/1`);
  });

  it('limits each client: 429 problem for the API, a friendly page for people', async () => {
    const { codes } = await stampedProduct();
    const code = codes[0] ?? '';
    const limited = await buildApp(t.deps, { engine: t.engine, stamps: { verifyPerMinute: 3 } });
    try {
      for (let i = 0; i < 3; i++) expect((await json(code, limited, '203.0.113.9')).statusCode).toBe(200);
      const over = await json(code, limited, '203.0.113.9');
      expect(over.statusCode).toBe(429);
      expect(over.headers['content-type']).toContain('application/problem+json');
      expect(over.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await json(code, limited, '203.0.113.10')).statusCode).toBe(200); // another client

      for (let i = 0; i < 3; i++) await page(`/v/${code}`, limited, '203.0.113.11');
      const overPage = await page(`/v/${code}`, limited, '203.0.113.11');
      expect(overPage.statusCode).toBe(429);
      expect(overPage.headers['content-type']).toContain('text/html');
      expect(overPage.headers['retry-after']).toBeDefined();
      expect(overPage.body).toContain('Bạn đã quét quá nhiều lần');
    } finally {
      await limited.close();
    }
  });
});
