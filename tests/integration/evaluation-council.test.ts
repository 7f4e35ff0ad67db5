import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSheets } from '../../src/db/schema/dossiers.ts';
import {
  act,
  buildCast,
  buildCouncil,
  type Cast,
  client,
  draftDossier,
  EVALUATION_ENV,
  type Person,
  scoreAs,
  toCouncil,
} from '../helpers/evaluation-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
});
afterAll(() => t?.close());

/** A fresh cast (own commune of province 08, so each test has its own product) with a dossier at the council. */
async function atCouncil(quorumPercent = 75): Promise<{ cast: Cast; id: string; members: Person[] }> {
  n += 1;
  const cast = await buildCast(t, '08', 10 + n);
  const councilId = await buildCouncil(t, cast, quorumPercent);
  const id = await draftDossier(t, cast);
  await toCouncil(t, cast, id, councilId);
  const [a, b, c] = cast.members;
  if (!a || !b || !c) throw new Error('three members');
  return { cast, id, members: [a, b, c] };
}

const view = async (who: Person, id: string) => (await client(t.app, who).get(`/api/v1/dossiers/${id}`)).body;

describe('council scoring', () => {
  it('sends a divergent council back to re-score; the new sheet supersedes the old, which stays as submitted', async () => {
    const { cast, id, members } = await atCouncil();
    const [a, b, c] = members as [Person, Person, Person];
    await scoreAs(t, cast.chair, id, 75);
    await scoreAs(t, a, id, 74);
    await scoreAs(t, b, id, 76);
    await scoreAs(t, c, id, 60); // spread 16 > 10
    await act(t, cast.chair, id, { action: 'open_discussion' });
    expect((await view(cast.chair, id)).council.province.result).toMatchObject({
      divergent: true,
      spread: 16,
    });
    const refused = await client(t.app, cast.chair).post(`/api/v1/dossiers/${id}/transitions`, {
      action: 'finalize',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SCORES_DIVERGENT');

    expect((await act(t, cast.chair, id, { action: 'request_rescore' })).scoringPass).toBe(2);
    // Re-scoring closes the sheets again for everyone until the chair reopens the discussion.
    expect((await view(a, id)).council.province.sheets).toHaveLength(1);
    const rescored = await scoreAs(t, c, id, 72);
    const sheets = rescored.council.province.sheets as {
      pass: number;
      supersedesId: string | null;
      total: number;
    }[];
    const [first, second] = sheets;
    expect(sheets).toHaveLength(2);
    expect(second).toMatchObject({
      pass: 2,
      total: 72,
      supersedesId: (first as { id: string } & typeof first)?.id,
    });

    // The first sheet can no longer be changed, not even by SQL.
    await expect(
      t.deps.db.update(scoreSheets).set({ total: '99.00' }).where(eq(scoreSheets.dossierId, id)),
    ).rejects.toThrow();

    await act(t, cast.chair, id, { action: 'open_discussion' });
    const result = await act(t, cast.chair, id, { action: 'finalize' });
    expect(result).toMatchObject({ state: 'council_proposed', resultTotal: 74.25, resultStars: 4 });
  });

  it('recuses a member with a conflict of interest: they lose sight of the dossier and quorum counts without them', async () => {
    const { cast, id, members } = await atCouncil();
    const [a, b, c] = members as [Person, Person, Person];
    const noReason = await client(t.app, c).post(`/api/v1/dossiers/${id}/recusals`, { reason: '' });
    expect(noReason.status).toBe(400);
    const recusal = await client(t.app, c).post(`/api/v1/dossiers/${id}/recusals`, {
      reason: 'Con gái là thành viên HTX',
    });
    expect(recusal.status, JSON.stringify(recusal.body)).toBe(201);
    const hidden = await client(t.app, c).get(`/api/v1/dossiers/${id}`);
    expect(hidden.status).toBe(403);
    expect(hidden.body.code).toBe('RECUSED');
    expect(
      (await client(t.app, c).get('/api/v1/dossiers')).body.items.map((d: { id: string }) => d.id),
    ).not.toContain(id);
    await scoreAs(t, c, id, 80, 403);

    await scoreAs(t, cast.chair, id, 80);
    await scoreAs(t, a, id, 82);
    await scoreAs(t, b, id, 78);
    const panel = (await view(cast.office, id)).council.province;
    expect(panel.members.find((m: { userId: string }) => m.userId === c.id)).toMatchObject({
      isRecused: true,
      recusalReason: 'Con gái là thành viên HTX',
    });
    await act(t, cast.chair, id, { action: 'open_discussion' });
    const done = await act(t, cast.chair, id, { action: 'finalize' });
    expect(done).toMatchObject({ state: 'council_proposed', resultTotal: 80 });
    expect(done.council.province.quorum).toMatchObject({ present: 3, total: 4, required: 3, met: true });
  });

  it('refuses a result without quorum, and without the chair’s sheet', async () => {
    const { cast, id, members } = await atCouncil(100);
    const [a, b, c] = members as [Person, Person, Person];
    await scoreAs(t, a, id, 80);
    await scoreAs(t, b, id, 80);
    await scoreAs(t, c, id, 80);
    await act(t, cast.chair, id, { action: 'open_discussion' });
    const noChair = await client(t.app, cast.chair).post(`/api/v1/dossiers/${id}/transitions`, {
      action: 'finalize',
    });
    expect(noChair.status).toBe(409);
    expect(noChair.body.code).toBe('QUORUM_NOT_MET');
    expect(noChair.body.detail).toContain('3/4');
    expect(noChair.body.detail).toContain('Chủ tịch');
    // Only the chair finalises; a member gets 409 with what it may do (nothing).
    const member = await client(t.app, a).post(`/api/v1/dossiers/${id}/transitions`, { action: 'finalize' });
    expect(member.body).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: [] });
  });

  it('shows a council member only the dossiers of councils they sit on', async () => {
    const { id } = await atCouncil();
    const stranger = (await buildCast(t, '08', 40)).chair; // chair of no council yet
    expect((await client(t.app, stranger).get(`/api/v1/dossiers/${id}`)).status).toBe(403);
    expect((await client(t.app, stranger).get('/api/v1/dossiers')).body.items).toEqual([]);
  });
});
