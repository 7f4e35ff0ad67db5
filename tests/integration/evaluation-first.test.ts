import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/audit-log.ts';
import {
  act,
  buildCast,
  buildCouncil,
  type Cast,
  COMPLETE_FORMS,
  client,
  draftDossier,
  EVALUATION_ENV,
  FORM03,
  scoreAs,
} from '../helpers/evaluation-factories.ts';
import { loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let cast: Cast;
let councilId: string;

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
  cast = await buildCast(t);
  councilId = await buildCouncil(t, cast);
});
afterAll(() => t?.close());

describe('a first evaluation, producer to certificate', () => {
  it('walks every step, blind scoring included, and issues a 4★ certificate valid 36 months', async () => {
    const producer = client(t.app, cast.producer);
    const created = await producer.post('/api/v1/dossiers', {
      productId: cast.productId,
      registrationType: 'first',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ state: 'draft', allowedActions: ['submit', 'withdraw'] });
    expect(created.body.form01.productName).toBeTruthy();

    // Submitting an empty dossier names what is missing.
    const early = await producer.post(`/api/v1/dossiers/${id}/transitions`, { action: 'submit' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('DOSSIER_INCOMPLETE');
    expect(early.body.detail).toContain('Phần III');

    // A producer cannot forward its own dossier: 409 with the state and what it may do.
    const illegal = await producer.post(`/api/v1/dossiers/${id}/transitions`, { action: 'forward' });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'draft',
      allowedActions: ['submit', 'withdraw'],
    });

    const filled = await producer.patch(`/api/v1/dossiers/${id}`, {
      ...COMPLETE_FORMS,
      selfAssessment: { answers: {} },
    });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    // With the forms filled in, only the unscored criteria are left, said in both languages.
    expect(filled.body.missingItems).toEqual([
      {
        vi: expect.stringMatching(/^Mẫu 02 Phần III: chưa chấm tiêu chí /),
        en: expect.stringMatching(/^Form 02 Part III: criteria not scored yet: /),
      },
    ]);
    expect(filled.body.missing).toEqual([filled.body.missingItems[0].vi]);
    const selfScored = await producer.patch(`/api/v1/dossiers/${id}`, {
      selfAssessment: (await import('../helpers/evaluation-factories.ts')).sheetWorth(80),
    });
    expect(selfScored.body).toMatchObject({ selfTotal: 80, selfStars: 4, missing: [], missingItems: [] });

    const submitted = await act(t, cast.producer, id, { action: 'submit' });
    expect(submitted.state).toBe('commune_review');
    expect(submitted.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Once submitted the producer can no longer edit.
    expect((await producer.patch(`/api/v1/dossiers/${id}`, { form01: { phone: '0911111111' } })).status).toBe(
      409,
    );

    const commune = client(t.app, cast.commune);
    const noForm03 = await commune.post(`/api/v1/dossiers/${id}/transitions`, { action: 'forward' });
    expect(noForm03.body.code).toBe('FORM03_INCOMPLETE');
    expect((await commune.put(`/api/v1/dossiers/${id}/form03`, FORM03)).status).toBe(200);
    expect((await act(t, cast.commune, id, { action: 'forward' })).state).toBe('province_review');

    const office = client(t.app, cast.office);
    const badCouncil = await office.post(`/api/v1/dossiers/${id}/transitions`, { action: 'send_to_council' });
    expect(badCouncil.body.code).toBe('COUNCIL_NOT_READY');
    const inCouncil = await act(t, cast.office, id, { action: 'send_to_council', councilId });
    expect(inCouncil).toMatchObject({ state: 'council_scoring', councilMode: 'meeting', scoringPass: 1 });

    // The advisory group records a site survey.
    const survey = await client(t.app, cast.advisor).post(`/api/v1/dossiers/${id}/advisory-reports`, {
      kind: 'site_survey',
      onDate: '2026-11-20',
      summary: 'Khảo sát vùng chè 12 ha',
    });
    expect(survey.status, JSON.stringify(survey.body)).toBe(201);

    // Blind scoring: a member sees only their own sheet; the office sees who scored, not the scores.
    await scoreAs(t, cast.chair, id, 78);
    const [m1, m2, m3] = cast.members;
    if (!m1 || !m2 || !m3) throw new Error('cast has three members');
    const afterOne = await client(t.app, m1).get(`/api/v1/dossiers/${id}`);
    expect(afterOne.body.council.province.sheets).toEqual([]);
    expect(afterOne.body.council.province.result).toBeNull();
    await scoreAs(t, m1, id, 76);
    const own = await client(t.app, m1).get(`/api/v1/dossiers/${id}`);
    expect(own.body.council.province.sheets.map((s: { memberId: string }) => s.memberId)).toEqual([m1.id]);
    const officeView = await office.get(`/api/v1/dossiers/${id}`);
    expect(officeView.body.council.province.sheets).toEqual([]);
    expect(
      officeView.body.council.province.members.filter((m: { hasSubmitted: boolean }) => m.hasSubmitted),
    ).toHaveLength(2);
    // A submitted sheet cannot be submitted again.
    await scoreAs(t, m1, id, 90, 409);
    await scoreAs(t, m2, id, 80);
    await scoreAs(t, m3, id, 74);

    const chair = client(t.app, cast.chair);
    const tooEarly = await chair.post(`/api/v1/dossiers/${id}/transitions`, { action: 'finalize' });
    expect(tooEarly.body.code).toBe('DISCUSSION_REQUIRED');
    await act(t, cast.chair, id, { action: 'open_discussion' });
    const open = await client(t.app, m2).get(`/api/v1/dossiers/${id}`);
    expect(open.body.council.province.sheets).toHaveLength(4);
    expect(open.body.council.province.result).toMatchObject({ total: 77, stars: 4, divergent: false });
    const proposed = await act(t, cast.chair, id, { action: 'finalize' });
    expect(proposed).toMatchObject({ state: 'council_proposed', resultTotal: 77, resultStars: 4 });

    // A member may not prepare or sign; the office drafts, the provincial chair signs.
    const drafted = await office.post('/api/v1/decisions', { level: 'province', dossierIds: [id] });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const officeSigns = await office.post(`/api/v1/decisions/${drafted.body.id}/sign`, {
      number: '1234/QĐ-UBND',
      signedOn: '2026-11-20',
    });
    expect(officeSigns.status).toBe(403);
    const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${drafted.body.id}/sign`, {
      number: '1234/QĐ-UBND',
      signedOn: '2026-11-20',
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.items[0]).toMatchObject({
      state: 'recognised',
      stars: 4,
      certificateNumber: '1234/QĐ-UBND/001',
    });

    const done = await producer.get(`/api/v1/dossiers/${id}`);
    expect(done.body).toMatchObject({ state: 'recognised', allowedActions: [] });
    expect(done.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'forward',
      'send_to_council',
      'open_discussion',
      'finalize',
      'prepare_decision',
      'sign',
    ]);
    const product = await producer.get(`/api/v1/products/${cast.productId}`);
    const certificate = product.body.certificates[0];
    expect(certificate).toMatchObject({
      stars: 4,
      validFrom: '2026-11-20',
      validTo: '2029-11-20',
      decisionNumber: '1234/QĐ-UBND',
    });

    // Every transition is audited with before and after.
    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audited.filter((a) => a.action.startsWith('transition:'))).toHaveLength(7);

    // The producer was notified along the way.
    const notes = await producer.get('/api/v1/notifications');
    expect(notes.body.items.some((n: { title: string }) => n.title.includes('Đã công nhận'))).toBe(true);
  });

  it('lets the commune return a dossier with a reason, and the producer resubmit it', async () => {
    const other = await buildCast(t, '08', 1);
    const id = await draftDossier(t, other);
    await act(t, other.producer, id, { action: 'submit' });
    const noReason = await client(t.app, other.commune).post(`/api/v1/dossiers/${id}/transitions`, {
      action: 'return',
    });
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const returned = await act(t, other.commune, id, { action: 'return', reason: 'Thiếu hợp đồng bao tiêu' });
    expect(returned).toMatchObject({
      state: 'returned_by_commune',
      lastReason: 'Thiếu hợp đồng bao tiêu',
      dueOn: null,
    });
    // Another commune's officer sees nothing of it.
    expect((await client(t.app, cast.commune).get(`/api/v1/dossiers/${id}`)).status).toBe(403);
    expect((await act(t, other.producer, id, { action: 'submit' })).state).toBe('commune_review');
  });

  it('gives the commune 15 working days, Tết excluded', async () => {
    t.setNow(new Date('2026-02-10T03:00:00Z'));
    try {
      const other = await buildCast(t, '08', 2);
      const id = await draftDossier(t, other);
      // Working days after Tue 10 Feb 2026: 11, 12, 13 Feb; Tết 16–20 Feb and two weekends off; then
      // 23–27 Feb (8), 2–6 Mar (13), 9, 10 Mar (15).
      expect(await act(t, other.producer, id, { action: 'submit' })).toMatchObject({ dueOn: '2026-03-10' });
      t.setNow(new Date('2026-03-11T03:00:00Z'));
      other.commune.login = await loginAs(t.app, other.commune.username); // the old session has expired
      const late = await client(t.app, other.commune).get(`/api/v1/dossiers/${id}`);
      expect(late.body).toMatchObject({ isOverdue: true, workingDaysLeft: -1 });
      const overdue = await client(t.app, other.commune).get('/api/v1/dossiers?overdue=true');
      expect(overdue.body.items.map((d: { id: string }) => d.id)).toEqual([id]);
    } finally {
      t.setNow(new Date());
    }
  });

  it('lists dossiers per role, with what waits for each', async () => {
    const todo = await client(t.app, cast.commune).get('/api/v1/dossiers?todo=true');
    expect(todo.status).toBe(200);
    for (const item of todo.body.items) expect(item.state).toBe('commune_review');
    const mine = await client(t.app, cast.producer).get('/api/v1/dossiers');
    expect(mine.body.items.every((d: { productId: string }) => d.productId === cast.productId)).toBe(true);
  });
});
