import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  buildCast,
  buildCouncil,
  type Cast,
  COMPLETE_FORMS,
  client,
  draftDossier,
  EVALUATION_ENV,
  type Person,
  scoreAs,
  sheetWorth,
  toCouncil,
} from '../helpers/evaluation-factories.ts';
import { loginAs } from '../helpers/factories.ts';
import { buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
});
afterAll(() => t?.close());
// Tests that move the clock leave it at the real time for the next one.
afterEach(() => t.setNow(new Date()));

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\n%%EOF\n`);
/** Moving the clock past a session's lifetime: everyone logs in again. */
async function reLogin(people: Person[]) {
  for (const p of people) p.login = await loginAs(t.app, p.username);
}
const staff = (cast: Cast): Person[] => [
  cast.producer,
  cast.commune,
  cast.office,
  cast.leader,
  cast.chair,
  ...cast.members,
];

async function decide(cast: Cast, id: string, number: string, signedOn: string) {
  const decision = await client(t.app, cast.office).post('/api/v1/decisions', {
    level: 'province',
    dossierIds: [id],
  });
  expect(decision.status, JSON.stringify(decision.body)).toBe(201);
  const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${decision.body.id}/sign`, {
    number,
    signedOn,
  });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  return signed.body;
}

describe('re-evaluation by written opinion', () => {
  it('keeps the certificate extended past expiry while pending, decides without a meeting, and renews it', async () => {
    t.setNow(new Date('2026-04-01T03:00:00Z'));
    const cast = await buildCast(t, '08', 70);
    const councilId = await buildCouncil(t, cast);
    const registrar = await buildRegistrar(t.deps);
    await certify(t.deps, registrar, cast.productId, { stars: 3, validFrom: '2023-09-01' }); // expires 2026-09-01

    const id = await draftDossier(t, cast, 're_evaluation', 72);
    const opened = await client(t.app, cast.producer).get(`/api/v1/dossiers/${id}`);
    expect(opened.body).toMatchObject({
      registrationType: 're_evaluation',
      baseCertificateId: expect.any(String),
    });
    const inCouncil = await toCouncil(t, cast, id, councilId);
    // Written opinions by default for a re-evaluation; 45 days from the complete dossier (1 April):
    // 16 May 2026 is a Saturday, so the limit moves to Monday 18 May.
    expect(inCouncil).toMatchObject({
      state: 'council_scoring',
      councilMode: 'written',
      dueOn: '2026-05-18',
    });

    // The council is late; the certificate expired on 1 September but stays extended while the dossier is pending.
    t.setNow(new Date('2026-09-20T03:00:00Z'));
    await reLogin(staff(cast));
    const product = await client(t.app, cast.office).get(`/api/v1/products/${cast.productId}`);
    expect(product.body.certificates[0]).toMatchObject({
      status: 'extended',
      reEvaluationPendingSince: '2026-04-01',
    });
    const overdue = await client(t.app, cast.office).get('/api/v1/dossiers?overdue=true');
    expect(overdue.body.items.map((d: { id: string }) => d.id)).toContain(id);

    for (const member of [cast.chair, ...cast.members]) {
      const response = await client(t.app, member).post(`/api/v1/dossiers/${id}/score-sheets`, {
        ...sheetWorth(73),
        opinion: 'Đồng ý giữ hạng 4 sao',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    // Opinions agree: the chair concludes without convening a meeting.
    const proposed = await act(t, cast.chair, id, { action: 'finalize' });
    expect(proposed).toMatchObject({ state: 'council_proposed', resultStars: 4 });
    const signed = await decide(cast, id, '77/QĐ-UBND', '2026-09-20');
    expect(signed.items[0]).toMatchObject({ state: 'recognised', stars: 4 });
    const renewed = await client(t.app, cast.office).get(`/api/v1/products/${cast.productId}`);
    expect(renewed.body.certificates[0]).toMatchObject({
      stars: 4,
      status: 'valid',
      validFrom: '2026-09-20',
      validTo: '2029-09-20',
    });
  });

  it('refuses a re-evaluation dossier more than 180 days before expiry', async () => {
    t.setNow(new Date('2026-04-01T03:00:00Z'));
    const cast = await buildCast(t, '08', 71);
    await certify(t.deps, await buildRegistrar(t.deps), cast.productId, {
      stars: 4,
      validFrom: '2025-06-15',
    });
    const response = await client(t.app, cast.producer).post('/api/v1/dossiers', {
      productId: cast.productId,
      registrationType: 're_evaluation',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('RE_EVALUATION_WINDOW');
    expect(response.body.detail).toContain('18/12/2027'); // 15/6/2028 − 180 days
  });
});

describe('an upgrade reusing the last dossier', () => {
  it('starts from the recognised dossier with its evidence, warns on expiring evidence, and shows what changed', async () => {
    const cast = await buildCast(t, '08', 72);
    const councilId = await buildCouncil(t, cast);
    const office = client(t.app, cast.office);
    const rounds = await office.post('/api/v1/rounds/defaults', { level: 'province', year: 2026 });
    expect(rounds.status, JSON.stringify(rounds.body)).toBe(200);
    expect(rounds.body.map((r: { decisionDeadline: string }) => r.decisionDeadline)).toEqual([
      '2026-06-30',
      '2026-12-30',
    ]);
    // Re-running opens nothing twice.
    expect(
      (await office.post('/api/v1/rounds/defaults', { level: 'province', year: 2026 })).body,
    ).toHaveLength(2);

    // First evaluation with a food-safety certificate in the wallet.
    const producer = client(t.app, cast.producer);
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/producers/${cast.producerId}/evidence`,
      query: { type: 'food_safety_certificate', title: 'Giấy chứng nhận ATTP', validTo: '2026-12-01' },
      headers: { ...cast.producer.login.headers, 'content-type': 'application/pdf' },
      payload: pdf('attp'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const evidenceId = upload.json<{ id: string }>().id;
    const first = await draftDossier(t, cast, 'first', 65);
    const linked = await producer.put(`/api/v1/dossiers/${first}/evidence`, { items: [{ evidenceId }] });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    await toCouncil(t, cast, first, councilId);
    for (const member of [cast.chair, ...cast.members]) await scoreAs(t, member, first, 64);
    await act(t, cast.chair, first, { action: 'open_discussion' });
    await act(t, cast.chair, first, { action: 'finalize' });
    const today = new Date().toISOString().slice(0, 10);
    await decide(cast, first, '88/QĐ-UBND', today);

    const round2 = rounds.body[1] as { id: string };
    const upgrade = await producer.post('/api/v1/dossiers', {
      productId: cast.productId,
      registrationType: 'upgrade',
      roundId: round2.id,
    });
    expect(upgrade.status, JSON.stringify(upgrade.body)).toBe(201);
    expect(upgrade.body).toMatchObject({ previousDossierId: first, selfTotal: 65, missing: [] });
    expect(upgrade.body.form02.markets).toBe(COMPLETE_FORMS.form02.markets);
    expect(upgrade.body.changes).toEqual({ forms: [], answers: [] });

    const evidence = await producer.get(`/api/v1/dossiers/${upgrade.body.id}/evidence`);
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(200);
    expect(JSON.stringify(evidence.body)).toContain(evidenceId);
    expect(evidence.body.warnings.map((w: { kind: string }) => w.kind)).toEqual(['expires_before_decision']);

    const changed = await producer.patch(`/api/v1/dossiers/${upgrade.body.id}`, {
      form02: { markets: 'Xuất khẩu sang Nhật Bản' },
      selfAssessment: sheetWorth(78),
    });
    expect(changed.body.changes.forms).toEqual([
      expect.objectContaining({
        key: 'markets',
        before: COMPLETE_FORMS.form02.markets,
        after: 'Xuất khẩu sang Nhật Bản',
      }),
    ]);
    expect(changed.body.changes.answers.length).toBeGreaterThan(0);
    expect(changed.body.selfStars).toBe(4);
  });
});
