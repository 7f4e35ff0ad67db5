import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import { evidenceDocuments } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs, TEST_PASSWORD } from '../helpers/factories.ts';
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

/** A product of `producer` with one certificate; returns the product and certificate ids. */
async function certifiedProduct(stars = 4, validFrom = '2025-06-15') {
  const product = await buildProduct(t.deps, registrar, producer.id);
  const view = await certify(t.deps, registrar, product.id, {
    stars,
    validFrom,
    ...(stars === 5 ? { issuingLevel: 'ministry' as const } : {}),
  });
  const certificate = view.certificates[0];
  if (!certificate) throw new Error('certify recorded no certificate');
  return { productId: product.id, certificateId: certificate.id };
}

async function evidenceOf(producerId: string): Promise<string> {
  const now = new Date();
  const [row] = await t.deps.db
    .insert(evidenceDocuments)
    .values({
      producerId,
      type: 'inspection_report',
      title: 'Biên bản kiểm tra an toàn thực phẩm',
      storageKey: `evidence/${randomUUID()}`,
      fileName: 'bien-ban.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1024,
      sha256: '0'.repeat(64),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: evidenceDocuments.id });
  if (!row) throw new Error('no evidence row');
  return row.id;
}

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/revocations${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

const propose = (who: string, certificateId: string, overrides: object = {}) =>
  call(who, 'POST', '', {
    certificateId,
    ground: 'c',
    description: 'Đoàn kiểm tra kết luận vi phạm quy định an toàn thực phẩm.',
    concludedOn: '2026-11-20',
    ...overrides,
  });

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z')); // 2026-11-22 in Vietnam
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 1) });
  const commune = producer.commune.code;
  const users = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    otherLeader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    minister: await buildUser(t.deps, { role: 'ministry_leader' }),
    commune: await buildUser(t.deps, { role: 'commune_officer', provinceCode: '08', communeCode: commune }),
  };
  const producerUser = await createUser(
    t.deps,
    null,
    { id: null, label: 'test' },
    {
      username: `p${randomUUID().slice(0, 8)}`,
      displayName: 'Chủ thể thử',
      password: TEST_PASSWORD,
      role: 'producer',
      provinceCode: '08',
      producerId: producer.id,
    },
  );
  for (const [name, user] of [...Object.entries(users), ['producer', producerUser] as const]) {
    as[name] = await loginAs(t.app, user.username);
  }
});
afterAll(() => t?.close());

describe('revocation of a 4★ certificate (Art. 8)', () => {
  it('is proposed with evidence and a 15-day due date, revoked by the provincial chair, and shows at once', async () => {
    const { productId, certificateId } = await certifiedProduct(4);
    const evidenceId = await evidenceOf(producer.id);
    const proposed = await propose('officer', certificateId, { evidenceIds: [evidenceId, evidenceId] });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const proposal = proposed.json();
    expect(proposal).toMatchObject({
      state: 'proposed',
      level: 'province',
      provinceCode: '08',
      ground: 'c',
      concludedOn: '2026-11-20',
      dueOn: '2026-12-05',
      isOverdue: false,
      evidenceIds: [evidenceId],
      product: { id: productId, producerId: producer.id },
      certificate: { id: certificateId, stars: 4 },
      allowedActions: [],
    });

    const second = await propose('officer', certificateId, { ground: 'b' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'REVOCATION_ALREADY_OPEN' });

    const seenByLeader = await call('leader', 'GET', `/${proposal.id}`);
    expect(seenByLeader.json()).toMatchObject({ allowedActions: ['revoke', 'dismiss'] });

    const decision = { decisionNumber: '1234/QĐ-UBND', decidedOn: '2026-11-22' };
    const byOtherProvince = await call('otherLeader', 'POST', `/${proposal.id}/revoke`, decision);
    expect(byOtherProvince.statusCode).toBe(403);

    const revoked = await call('leader', 'POST', `/${proposal.id}/revoke`, decision);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ state: 'revoked', ...decision, allowedActions: [] });

    const product = await t.app.inject({
      url: `/api/v1/products/${productId}`,
      headers: as.officer?.headers,
    });
    expect(product.json()).toMatchObject({ certificateStatus: 'revoked', stars: 4 });
    expect(product.json().certificates[0]).toMatchObject({
      id: certificateId,
      status: 'revoked',
      revokedOn: '2026-11-22',
      revocationGround: 'c',
    });
    const listed = async (status: string) => {
      const response = await t.app.inject({
        url: `/api/v1/products?producerId=${producer.id}&status=${status}`,
        headers: as.officer?.headers,
      });
      return response.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    };
    expect(await listed('valid,expiring')).not.toContain(productId);
    expect(await listed('revoked')).toContain(productId);

    const again = await call('leader', 'POST', `/${proposal.id}/revoke`, decision);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', state: 'revoked', allowedActions: [] });

    const audit = await t.deps.db.query.auditLog.findMany({
      where: (a, { inArray }) => inArray(a.entityId, [proposal.id, certificateId]),
      orderBy: (a, { asc }) => asc(a.seq),
    });
    expect(audit.map((e) => [e.entity, e.action])).toEqual([
      ['certificate', 'create'],
      ['revocation', 'propose'],
      ['revocation', 'revoke'],
      ['certificate', 'revoke'],
    ]);
    expect(audit[2]).toMatchObject({
      before: expect.objectContaining({ state: 'proposed', decisionNumber: null }),
      after: expect.objectContaining({ state: 'revoked', decisionNumber: '1234/QĐ-UBND' }),
    });
    expect(audit[3]).toMatchObject({
      before: expect.objectContaining({ revokedOn: null, revocationGround: null }),
      after: expect.objectContaining({ revokedOn: '2026-11-22', revocationGround: 'c' }),
    });

    const notes = await t.app.inject({ url: '/api/v1/notifications', headers: as.producer?.headers });
    expect(notes.statusCode, notes.body).toBe(200);
    const kinds = notes.json<{ items: { kind: string; title: string }[] }>().items.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'certificate_revoked')).toHaveLength(1);
  });

  it('is proposed only by the OCOP office of the product’s province', async () => {
    const { certificateId } = await certifiedProduct(4);
    for (const who of ['commune', 'producer', 'leader', 'minister']) {
      expect((await propose(who, certificateId)).statusCode, who).toBe(403);
    }
    expect((await propose('otherOfficer', certificateId)).json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    // 3★/4★ cases are the province's: the ministry's office proposes 5★ ones.
    expect((await propose('ministry', certificateId)).json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    [{ ground: 'f' }, 'body.ground'],
    [{ description: '   ' }, 'body.description'],
    [{ concludedOn: '2026-11-23' }, 'body.concludedOn'],
    [{ concludedOn: '2026-02-30' }, 'body.concludedOn'],
  ])('refuses a proposal with %o (400 on %s)', async (overrides, field) => {
    const { certificateId } = await certifiedProduct(4);
    const response = await propose('officer', certificateId, overrides);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses evidence of another producer, and expired certificates', async () => {
    const { certificateId } = await certifiedProduct(4);
    const stranger = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 3) });
    const foreign = await propose('officer', certificateId, { evidenceIds: [await evidenceOf(stranger.id)] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([expect.objectContaining({ field: 'body.evidenceIds.0' })]);

    const expired = await certifiedProduct(3, '2023-01-10');
    const response = await propose('officer', expired.certificateId, { concludedOn: '2026-11-01' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CERTIFICATE_NOT_REVOCABLE' });
  });
});

describe('revocation of a 5★ certificate', () => {
  it('is decided by the minister, not by the provincial chair', async () => {
    const { productId, certificateId } = await certifiedProduct(5);
    const proposed = await propose('officer', certificateId, { ground: 'dd', concludedOn: '2026-11-21' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id;
    expect(proposed.json()).toMatchObject({ level: 'central', dueOn: '2026-12-06' });

    const decision = { decisionNumber: '88/QĐ-BNNMT', decidedOn: '2026-11-22' };
    const byChair = await call('leader', 'POST', `/${id}/revoke`, decision);
    expect(byChair.statusCode).toBe(403);
    expect(byChair.json()).toMatchObject({ code: 'FORBIDDEN' });

    const byMinister = await call('minister', 'POST', `/${id}/revoke`, decision);
    expect(byMinister.statusCode, byMinister.body).toBe(200);
    expect(byMinister.json()).toMatchObject({ state: 'revoked', decidedOn: '2026-11-22' });
    const product = await t.app.inject({
      url: `/api/v1/products/${productId}`,
      headers: as.minister?.headers,
    });
    expect(product.json()).toMatchObject({ certificateStatus: 'revoked' });
  });

  it('may be proposed by the ministry’s office', async () => {
    const { certificateId } = await certifiedProduct(5);
    const proposed = await propose('ministry', certificateId);
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json()).toMatchObject({ level: 'central', provinceCode: '08' });
  });
});

describe('dismissal', () => {
  it('needs a reason, leaves the certificate valid and lets a new case be opened', async () => {
    const { productId, certificateId } = await certifiedProduct(4);
    const id = (await propose('officer', certificateId)).json().id;
    expect((await call('leader', 'POST', `/${id}/dismiss`, {})).statusCode).toBe(400);
    const blank = await call('leader', 'POST', `/${id}/dismiss`, { reason: '  ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json()).toMatchObject({ code: 'REASON_REQUIRED' });

    const dismissed = await call('leader', 'POST', `/${id}/dismiss`, {
      reason: 'Kết luận kiểm tra đã bị huỷ.',
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({
      state: 'dismissed',
      decisionNote: 'Kết luận kiểm tra đã bị huỷ.',
      decidedOn: '2026-11-22',
    });
    const revokeAfter = await call('leader', 'POST', `/${id}/revoke`, {
      decisionNumber: '1/QĐ',
      decidedOn: '2026-11-22',
    });
    expect(revokeAfter.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'dismissed',
      allowedActions: [],
    });

    const product = await t.app.inject({
      url: `/api/v1/products/${productId}`,
      headers: as.officer?.headers,
    });
    expect(product.json()).toMatchObject({ certificateStatus: 'valid' });
    expect((await propose('officer', certificateId, { ground: 'd' })).statusCode).toBe(201);
  });
});

describe('lists', () => {
  it('are scoped to the province (the ministry sees all) and filter by state and overdue', async () => {
    const { certificateId } = await certifiedProduct(4);
    const late = (await propose('officer', certificateId, { concludedOn: '2026-11-01' })).json();
    expect(late).toMatchObject({ dueOn: '2026-11-16', isOverdue: true });

    const ids = async (who: string, query = '') => {
      const response = await call(who, 'GET', `?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    };
    expect(await ids('officer', 'overdue=true')).toEqual([late.id]);
    expect(await ids('ministry', 'overdue=true&province=08')).toEqual([late.id]);
    expect(await ids('leader', 'state=proposed')).toContain(late.id);
    expect(await ids('leader', 'state=revoked')).not.toContain(late.id);
    expect(await ids('otherLeader')).toEqual([]);
    expect((await call('otherOfficer', 'GET', `/${late.id}`)).statusCode).toBe(403);
    expect((await call('otherOfficer', 'GET', '?province=08')).statusCode).toBe(403);
    expect((await call('commune', 'GET', '')).statusCode).toBe(403);
    expect((await call('officer', 'GET', `/${randomUUID()}`)).statusCode).toBe(404);
  });
});
