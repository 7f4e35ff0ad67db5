import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { assignOcopCode } from '../../src/app/products/assign-ocop-code.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { gs1CheckDigit } from '../../src/domain/registry/gtin.ts';
import { PUBLIC_STATUS_RATE_LIMIT_PER_MINUTE } from '../../src/http/api/public-products/routes.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
let producer: ProducerView;

const AUDIT = { id: null, label: 'test' };
/** A valid Vietnamese GTIN-13 no other test uses. */
function newGtin(): string {
  const data = `893${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
  return `${data}${gs1CheckDigit(data)}`;
}
const status = (code: string, remoteAddress = '192.0.2.10') =>
  t.app.inject({ url: `/api/v1/public/products/${encodeURIComponent(code)}/status`, remoteAddress });

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z')); // 2026-11-22 in Vietnam
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar);
});
afterAll(() => t?.close());

describe('GET /api/v1/public/products/{code}/status', () => {
  it('answers by OCOP code, GTIN (13 or 14 digits) and id, without a session, cacheable for a minute', async () => {
    const gtin = newGtin();
    const product = await buildProduct(t.deps, registrar, producer.id, {
      gtin,
      name: 'Chè Shan tuyết Na Hang',
    });
    await certify(t.deps, registrar, product.id, {
      stars: 4,
      validFrom: '2025-06-15',
      number: '15/GCN-UBND',
    });
    const coded = await assignOcopCode(t.deps, registrar, AUDIT, product.id, 2025);
    const ocopCode = coded.ocopCode ?? '';
    expect(ocopCode).toMatch(/^08-\d{5}-\d{3}-2025$/);

    const byId = await status(product.id);
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.headers['cache-control']).toBe('public, max-age=60');
    const body = byId.json();
    expect(body).toEqual({
      productId: product.id,
      name: 'Chè Shan tuyết Na Hang',
      ocopCode,
      gtin,
      producer: { id: producer.id, name: producer.name },
      province: { code: '08', name: 'Tuyên Quang' },
      stars: 4,
      status: 'valid',
      certificate: {
        id: expect.any(String),
        number: '15/GCN-UBND',
        decisionNumber: null,
        issuingLevel: 'province',
        validFrom: '2025-06-15',
        validTo: '2028-06-15',
        extendedUntil: null,
        daysLeft: 571,
      },
      revocation: null,
      url: `${t.deps.config.publicBaseUrl}/san-pham/${product.slug}`,
      checkedOn: '2026-11-22',
    });
    for (const code of [
      ocopCode,
      gtin,
      `0${gtin}`,
      ocopCode.replace(/-(\d{3})-/, (_, s) => `-${Number(s)}-`),
    ]) {
      const response = await status(code);
      expect(response.statusCode, code).toBe(200);
      expect(response.json()).toEqual(body);
    }
  });

  it('shows expiring, expired and not-certified products as such', async () => {
    const expiring = await buildProduct(t.deps, registrar, producer.id);
    await certify(t.deps, registrar, expiring.id, { stars: 3, validFrom: '2024-01-10' }); // to 2027-01-10
    expect((await status(expiring.id)).json()).toMatchObject({
      status: 'expiring',
      stars: 3,
      certificate: { validTo: '2027-01-10', daysLeft: 49 },
    });
    const expired = await buildProduct(t.deps, registrar, producer.id);
    await certify(t.deps, registrar, expired.id, { stars: 4, validFrom: '2023-01-10' });
    expect((await status(expired.id)).json()).toMatchObject({ status: 'expired', stars: 4 });
    const uncertified = await buildProduct(t.deps, registrar, producer.id);
    expect((await status(uncertified.id)).json()).toMatchObject({
      status: 'none',
      stars: null,
      certificate: null,
    });
  });

  it('shows a revocation at once, with its date and ground', async () => {
    const product = await buildProduct(t.deps, registrar, producer.id);
    const certified = await certify(t.deps, registrar, product.id, { stars: 4, validFrom: '2025-06-15' });
    const certificateId = certified.certificates[0]?.id ?? '';
    const officer = await loginAs(
      t.app,
      (await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' })).username,
    );
    const leader = await loginAs(
      t.app,
      (await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' })).username,
    );
    const proposed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/revocations',
      headers: officer.headers,
      payload: {
        certificateId,
        ground: 'c',
        description: 'Vi phạm an toàn thực phẩm.',
        concludedOn: '2026-11-20',
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/revocations/${proposed.json().id}/revoke`,
      headers: leader.headers,
      payload: { decisionNumber: '99/QĐ-UBND', decidedOn: '2026-11-22' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await status(product.id)).json()).toMatchObject({
      status: 'revoked',
      stars: 4,
      revocation: {
        revokedOn: '2026-11-22',
        ground: 'c',
        groundLabel: expect.stringContaining('an toàn thực phẩm'),
      },
    });
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an unknown GTIN', '8930000000009'],
    ['a GTIN with a wrong check digit', '8930000000001'],
    ['an unknown OCOP code', '08-02245-999-2020'],
    ['text that is no code at all', 'không-phải-mã'],
  ])('answers 404 problem+json for %s', async (_, code) => {
    const response = await status(code);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'PRODUCT_NOT_FOUND', status: 404 });
  });

  it('limits each client to its requests per minute (429 problem), others unaffected', async () => {
    const client = '198.51.100.7';
    for (let i = 0; i < PUBLIC_STATUS_RATE_LIMIT_PER_MINUTE; i++) {
      expect((await status(randomUUID(), client)).statusCode).toBe(404);
    }
    const limited = await status(randomUUID(), client);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await status(randomUUID(), '198.51.100.8')).statusCode).toBe(404);
  });
});
