import { inflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { auditLog, stamps } from '../../src/db/schema/index.ts';
import { readPdf } from '../../src/documents/pdf-text.test-support.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { STAMP_LIMITS } from '../../src/domain/stamps/batch-rules.ts';
import { parseStampCode } from '../../src/domain/stamps/stamp-code.ts';
import { buildApp } from '../../src/http/app.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { decodeQr } from '../helpers/pdf-qr.ts';
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

async function certifiedProduct(validFrom = '2025-06-15') {
  const product = await buildProduct(t.deps, registrar, producer.id);
  await certify(t.deps, registrar, product.id, {
    stars: 4,
    validFrom,
    number: `${product.id.slice(0, 4)}/GCN`,
  });
  return product.id;
}

const api = (app: FastifyInstance, who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({
    method,
    url: `/api/v1/stamp-batches${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });
const create = (who: string, productId: string, quantity: number, app = t.app) =>
  api(app, who, 'POST', '', { productId, quantity });

/** The QR of a one-stamp sheet: black rectangles (runs of modules) in the page's content stream, as a grid. */
function qrRunsInPdf(pdf: Buffer): boolean[][] {
  const text = pdf.toString('latin1');
  const runs: { x: number; y: number; w: number; h: number }[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content = '';
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // fonts and other binary streams
    }
    let pending: (typeof runs)[number] | null = null;
    let isBlack = false;
    for (const line of content.split('\n')) {
      const rect = /^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re$/.exec(line);
      if (rect) {
        const [x, y, w, h] = rect.slice(1).map(Number) as [number, number, number, number];
        pending = { x, y, w, h };
      } else if (line.endsWith(' scn')) isBlack = line === '0 0 0 scn';
      else if (line === 'f') {
        if (pending && isBlack) runs.push(pending);
        pending = null;
      }
    }
  }
  const unit = Math.min(...runs.map((r) => r.h));
  const x0 = Math.min(...runs.map((r) => r.x));
  const y0 = Math.min(...runs.map((r) => r.y));
  const n = Math.round((Math.max(...runs.map((r) => r.x + r.w)) - x0) / unit);
  const grid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const r of runs) {
    const row = grid[Math.round((r.y - y0) / unit)];
    const from = Math.round((r.x - x0) / unit);
    for (let i = 0; i < Math.round(r.w / unit); i++) if (row) row[from + i] = true;
  }
  return grid;
}

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 2) });
  const users = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: producer.commune.code,
    }),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('stamp batches', () => {
  it('issues unique, checksummed codes with consecutive serials, audited once per batch', async () => {
    const productId = await certifiedProduct();
    const first = await create('officer', productId, 1200);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      quantity: 1200,
      serialFrom: 1,
      serialTo: 1200,
      status: 'issued',
      provinceCode: '08',
      certificate: { stars: 4 },
    });
    const second = await create('ministry', productId, 300);
    expect(second.json()).toMatchObject({ serialFrom: 1201, serialTo: 1500 });

    const rows = await t.deps.db.select().from(stamps).where(eq(stamps.productId, productId));
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((r) => r.code)).size).toBe(1500);
    expect(rows.every((r) => parseStampCode(r.code) === r.code)).toBe(true);
    expect(rows.map((r) => r.serial).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 1500 }, (_, i) => i + 1),
    );

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'stamp_batch'), eq(auditLog.entityId, first.json().id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses products without a certificate in force, other provinces and other roles', async () => {
    const expired = await certifiedProduct('2021-03-01');
    const refused = await create('officer', expired, 10);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'STAMP_NOT_ALLOWED' });
    expect(refused.json().detail).toContain('hết hiệu lực');

    const uncertified = await buildProduct(t.deps, registrar, producer.id);
    expect((await create('officer', uncertified.id, 10)).json().code).toBe('STAMP_NOT_ALLOWED');

    const productId = await certifiedProduct();
    expect((await create('otherOfficer', productId, 10)).statusCode).toBe(403);
    expect((await create('commune', productId, 10)).json().code).toBe('FORBIDDEN');
    const tooMany = await create('officer', productId, STAMP_LIMITS.maxBatchQuantity + 1);
    expect(tooMany.statusCode).toBe(400);
  });

  it('keeps to the quota per certificate; a void batch gives its stamps back', async () => {
    const small = await buildApp(t.deps, {
      engine: t.engine,
      stamps: { limits: { ...STAMP_LIMITS, quotaPerCertificate: 30 } },
    });
    try {
      const productId = await certifiedProduct();
      const first = await create('officer', productId, 20, small);
      expect(first.statusCode).toBe(201);
      const over = await create('officer', productId, 11, small);
      expect(over.statusCode).toBe(422);
      expect(over.json()).toMatchObject({ code: 'STAMP_QUOTA_EXCEEDED' });
      expect(over.json().detail).toContain('còn được cấp 10 tem');
      expect((await create('officer', productId, 10, small)).statusCode).toBe(201);
      const voided = await api(small, 'officer', 'POST', `/${first.json().id}/void`, {
        reason: 'Thất lạc khi vận chuyển',
      });
      expect(voided.json()).toMatchObject({ status: 'void' });
      expect(voided.json().note).toContain('Thất lạc');
      const again = await create('officer', productId, 20, small);
      expect(again.json()).toMatchObject({ serialFrom: 31, serialTo: 50 }); // serials are never reused
    } finally {
      await small.close();
    }
  });

  it('is listed in scope, marked printed, and cannot be printed or changed once void', async () => {
    const productId = await certifiedProduct();
    const batch = (await create('officer', productId, 5)).json();
    const printed = await api(t.app, 'officer', 'POST', `/${batch.id}/printed`, {});
    expect(printed.json()).toMatchObject({ status: 'printed', printedOn: '2026-11-22' });
    const mine = await api(t.app, 'officer', 'GET', `?productId=${productId}`);
    expect(mine.json().items.map((b: { id: string }) => b.id)).toEqual([batch.id]);
    const theirs = await api(t.app, 'otherOfficer', 'GET', `?productId=${productId}`);
    expect(theirs.json().total).toBe(0);
    expect((await api(t.app, 'otherOfficer', 'GET', `?province=08`)).statusCode).toBe(403);
    expect((await api(t.app, 'ministry', 'GET', `?productId=${productId}`)).json().total).toBe(1);
    expect((await api(t.app, 'otherOfficer', 'GET', `/${batch.id}`)).statusCode).toBe(403);

    await api(t.app, 'officer', 'POST', `/${batch.id}/void`, { reason: 'In lỗi' });
    const again = await api(t.app, 'officer', 'POST', `/${batch.id}/printed`, {});
    expect(again.json().code).toBe('STAMP_BATCH_VOID');
    expect((await api(t.app, 'officer', 'GET', `/${batch.id}/sheet.pdf`)).statusCode).toBe(409);
  });

  it('prints A4 sheets of a serial range with the serials and codes', async () => {
    const productId = await certifiedProduct();
    const batch = (await create('officer', productId, 60)).json();
    const sheet = await api(t.app, 'officer', 'GET', `/${batch.id}/sheet.pdf?from=11&to=40`);
    expect(sheet.statusCode, sheet.body).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    expect(sheet.headers['cache-control']).toBe('no-store');
    const pdf = await readPdf(sheet.rawPayload);
    expect(pdf.pages).toBe(2);
    expect(pdf.firstPageSize.map(Math.round)).toEqual([595, 842]);
    for (let serial = 11; serial <= 40; serial++)
      expect(pdf.text).toContain(`Số ${String(serial).padStart(7, '0')}`);
    expect(pdf.text).not.toContain('Số 0000010');
    expect(pdf.text).not.toContain('Số 0000041');
    const [first] = await t.deps.db
      .select()
      .from(stamps)
      .where(and(eq(stamps.batchId, batch.id), eq(stamps.serial, 11)));
    expect(pdf.text).toContain(first?.code.match(/.{1,4}/g)?.join('-'));

    const single = await api(t.app, 'officer', 'GET', `/${batch.id}/sheet.pdf?from=11&to=11`);
    expect(decodeQr(qrRunsInPdf(single.rawPayload))).toBe(`${t.deps.config.publicBaseUrl}/v/${first?.code}`);

    const outside = await api(t.app, 'officer', 'GET', `/${batch.id}/sheet.pdf?from=50&to=61`);
    expect(outside.statusCode).toBe(400);
    const tooBig = await api(
      t.app,
      'officer',
      'GET',
      `/${batch.id}/sheet.pdf?from=1&to=${STAMP_LIMITS.maxSheetStamps + 1}`,
    );
    expect(tooBig.statusCode).toBe(400);
  });

  it(`writes a batch of ${STAMP_LIMITS.maxBatchQuantity.toLocaleString('en')} stamps in one transaction`, async () => {
    const productId = await certifiedProduct();
    const started = performance.now();
    const response = await create('officer', productId, STAMP_LIMITS.maxBatchQuantity);
    const ms = Math.round(performance.now() - started);
    expect(response.statusCode, response.body).toBe(201);
    const rows = await t.deps.db
      .select({ code: stamps.code })
      .from(stamps)
      .where(eq(stamps.productId, productId));
    expect(new Set(rows.map((r) => r.code)).size).toBe(STAMP_LIMITS.maxBatchQuantity);
    console.log(`[${t.engine}] ${STAMP_LIMITS.maxBatchQuantity} stamps written in ${ms} ms`);
  });
});
