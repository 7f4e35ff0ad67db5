import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  buildCast,
  buildCentral,
  buildCouncil,
  type Cast,
  type Central,
  client,
  draftDossier,
  EVALUATION_ENV,
  type Person,
  scoreAs,
  toCouncil,
} from '../helpers/evaluation-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let central: Central;

beforeAll(async () => {
  t = await createTestApp(EVALUATION_ENV);
  // A fixed day, so the ministry's next open round is known: proposals by 30 Jan 2027, decided by 30 Mar.
  t.setNow(new Date('2026-11-23T03:00:00Z'));
  central = await buildCentral(t);
  const rounds = await client(t.app, central.office).post('/api/v1/rounds/defaults', {
    level: 'central',
    year: 2027,
  });
  expect(rounds.body.map((r: { intakeDeadline: string }) => r.intakeDeadline)).toEqual([
    '2027-01-30',
    '2027-07-30',
  ]);
});
afterAll(() => t?.close());

const everyone = (cast: Cast): Person[] => [cast.chair, ...cast.members];

/** A province scores the dossier at `total` by every member, and the provincial chair signs: ≥ 90 goes up. */
async function nominated(communeIndex: number, total: number) {
  const cast = await buildCast(t, '08', communeIndex);
  const councilId = await buildCouncil(t, cast);
  const id = await draftDossier(t, cast, 'first', 95);
  await toCouncil(t, cast, id, councilId);
  for (const person of everyone(cast)) await scoreAs(t, person, id, total);
  await act(t, cast.chair, id, { action: 'open_discussion' });
  await act(t, cast.chair, id, { action: 'finalize' });
  const decision = await client(t.app, cast.office).post('/api/v1/decisions', {
    level: 'province',
    dossierIds: [id],
  });
  expect(decision.status, JSON.stringify(decision.body)).toBe(201);
  const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${decision.body.id}/sign`, {
    number: `${communeIndex}/QĐ-UBND`,
    signedOn: '2026-11-02',
  });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  expect(signed.body.items[0]).toMatchObject({
    state: 'central_review',
    isNominated: true,
    certificateId: null,
  });
  return { cast, id };
}

async function centralScores(id: string, total: number) {
  await act(t, central.office, id, { action: 'send_to_council', councilId: central.councilId });
  for (const person of [central.chair, ...central.members]) await scoreAs(t, person, id, total);
  await act(t, central.chair, id, { action: 'open_discussion' });
  return act(t, central.chair, id, { action: 'finalize' });
}

describe('five-star nominations', () => {
  it('recognises a product the central council scores ≥ 90 as 5★ by the minister’s decision', async () => {
    const { cast, id } = await nominated(60, 94);
    expect((await client(t.app, central.office).get(`/api/v1/dossiers/${id}`)).body).toMatchObject({
      state: 'central_review',
      dueOn: '2027-03-30',
    });
    // The province no longer acts; the ministry office does.
    expect((await client(t.app, cast.office).get(`/api/v1/dossiers/${id}`)).body.allowedActions).toEqual([]);
    expect(await centralScores(id, 93)).toMatchObject({
      state: 'central_proposed',
      centralTotal: 93,
      centralStars: 5,
    });
    const decision = await client(t.app, central.office).post('/api/v1/decisions', {
      level: 'central',
      dossierIds: [id],
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    // A provincial chair cannot sign a ministry decision.
    const wrongSigner = await client(t.app, cast.leader).post(`/api/v1/decisions/${decision.body.id}/sign`, {
      number: '99/QĐ-BNNMT',
      signedOn: '2026-11-10',
    });
    expect(wrongSigner.status).toBe(403);
    const signed = await client(t.app, central.minister).post(`/api/v1/decisions/${decision.body.id}/sign`, {
      number: '99/QĐ-BNNMT',
      signedOn: '2026-11-10',
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.items[0]).toMatchObject({
      state: 'recognised',
      stars: 5,
      certificateNumber: '99/QĐ-BNNMT/001',
    });
    const product = await client(t.app, cast.office).get(`/api/v1/products/${cast.productId}`);
    expect(product.body.certificates[0]).toMatchObject({ stars: 5, issuingLevel: 'ministry' });
  });

  it('returns a nomination scoring < 90 to the province, which recognises it at the central council’s stars', async () => {
    const { cast, id } = await nominated(61, 92);
    const back = await centralScores(id, 84);
    expect(back).toMatchObject({ state: 'returned_to_province', centralTotal: 84, centralStars: 4 });
    expect(back.allowedActions).toEqual([]);
    const atProvince = await client(t.app, cast.office).get(`/api/v1/dossiers/${id}`);
    expect(atProvince.body.allowedActions).toEqual(['prepare_decision', 're_evaluate']);
    const decision = await client(t.app, cast.office).post('/api/v1/decisions', {
      level: 'province',
      dossierIds: [id],
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${decision.body.id}/sign`, {
      number: '61b/QĐ-UBND',
      signedOn: '2026-11-15',
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.items[0]).toMatchObject({ state: 'recognised', stars: 4, total: 84 });
    const product = await client(t.app, cast.office).get(`/api/v1/products/${cast.productId}`);
    expect(product.body.certificates[0]).toMatchObject({ stars: 4, issuingLevel: 'province', score: 84 });
  });
});
