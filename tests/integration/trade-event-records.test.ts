import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
const as: Record<string, LoggedIn> = {};
const producers: Record<string, ProducerView> = {};
const products: Record<string, string> = {};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (who: string, method: Method, url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/trade-events${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

async function createEvent(dates: { startsOn: string; endsOn: string }, provinceCode = '08') {
  const response = await call(provinceCode === '08' ? 'officer' : 'ministry', 'POST', '', {
    kind: 'supply_demand',
    name: `Hội nghị kết nối cung cầu ${randomUUID().slice(0, 4)}`,
    provinceCode,
    place: 'Trung tâm Hội nghị tỉnh',
    ...dates,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const pastEvent = () => createEvent({ startsOn: '2026-10-01', endsOn: '2026-10-03' });
const fields = (body: string) => JSON.parse(body).errors?.map((e: { field: string }) => e.field);

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  producers.tea = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 0) });
  producers.honey = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 1) });
  producers.hanoi = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '01', 0) });
  products.tea = (await buildProduct(t.deps, registrar, producers.tea.id)).id;
  products.honey = (await buildProduct(t.deps, registrar, producers.honey.id)).id;
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 1),
    }),
    teaProducer: await buildUser(t.deps, {
      role: 'producer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
      producerId: producers.tea.id,
    }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

const participants = () => [
  { producerId: producers.tea?.id, productIds: [products.tea], booth: ' A 01 ' },
  { producerId: producers.honey?.id, productIds: [products.honey] },
  { producerId: producers.hanoi?.id }, // another province's producer at a Tuyên Quang fair
];

describe('trade event participants', () => {
  it('are set as a whole list by the province’s office, audited, and read by scope', async () => {
    const id = await pastEvent();
    const put = await call('officer', 'PUT', `/${id}/participants`, { participants: participants() });
    expect(put.statusCode, put.body).toBe(200);
    const items = put.json().items;
    expect(items).toHaveLength(3);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          producer: expect.objectContaining({
            id: producers.tea?.id,
            province: { code: '08', name: 'Tuyên Quang' },
          }),
          products: [{ id: products.tea, name: expect.any(String) }],
          booth: 'A 01',
        }),
      ]),
    );
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'set_participants']);

    const ids = async (who: string) =>
      (await call(who, 'GET', `/${id}/participants`))
        .json<{ items: { producer: { id: string } }[] }>()
        .items.map((i) => i.producer.id);
    expect(await ids('ministry')).toHaveLength(3);
    expect(await ids('teaProducer')).toEqual([producers.tea?.id]);
    expect(await ids('commune')).toEqual([producers.honey?.id]);
    expect((await call('otherOfficer', 'GET', `/${id}/participants`)).statusCode).toBe(403);
    expect((await call('otherOfficer', 'PUT', `/${id}/participants`, { participants: [] })).statusCode).toBe(
      403,
    );
    expect((await call('teaProducer', 'PUT', `/${id}/participants`, { participants: [] })).statusCode).toBe(
      403,
    );
    expect((await call('officer', 'GET', `/${randomUUID()}/participants`)).statusCode).toBe(404);

    // A producer's record lists the events it took part in; a producer account only its own.
    const events = async (who: string, producerId: string | undefined) =>
      (await call(who, 'GET', `?producerId=${producerId}&pageSize=200`)).json();
    expect((await events('officer', producers.honey?.id)).items.map((e: { id: string }) => e.id)).toContain(
      id,
    );
    expect((await events('teaProducer', producers.tea?.id)).items.map((e: { id: string }) => e.id)).toContain(
      id,
    );
    expect(await events('teaProducer', producers.honey?.id)).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    expect((await events('officer', randomUUID())).items).toEqual([]);
  });

  it('refuse unknown or repeated producers and products of another producer (field errors)', async () => {
    const id = await pastEvent();
    const response = await call('officer', 'PUT', `/${id}/participants`, {
      participants: [
        { producerId: producers.tea?.id, productIds: [products.honey, randomUUID()] },
        { producerId: producers.tea?.id },
        { producerId: randomUUID() },
        { producerId: 'not-a-uuid' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(fields(response.body)).toEqual(['body.participants.3.producerId']);
    const semantic = await call('officer', 'PUT', `/${id}/participants`, {
      participants: [
        { producerId: producers.tea?.id, productIds: [products.honey, randomUUID()] },
        { producerId: producers.tea?.id },
        { producerId: randomUUID() },
      ],
    });
    expect(semantic.statusCode).toBe(400);
    expect(fields(semantic.body)).toEqual([
      'body.participants.0.productIds.0',
      'body.participants.0.productIds.1',
      'body.participants.1.producerId',
      'body.participants.2.producerId',
    ]);
  });
});

describe('trade event outcomes', () => {
  it('are refused before the event starts (409)', async () => {
    const id = await createEvent({ startsOn: '2026-12-10', endsOn: '2026-12-12' });
    const response = await call('officer', 'POST', `/${id}/outcomes`, {
      kind: 'lead',
      counterpart: 'Siêu thị A',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'TRADE_EVENT_NOT_STARTED' });
  });

  it('are recorded after the event about its participants, totalled, filtered by scope, deleted', async () => {
    const id = await pastEvent();
    await call('officer', 'PUT', `/${id}/participants`, { participants: participants() });
    const record = (body: object) => call('officer', 'POST', `/${id}/outcomes`, body);
    const contract = await record({
      kind: 'contract',
      counterpart: 'Công ty CP Phân phối Nông sản Việt',
      valueVnd: 1_200_000_000,
      producerId: producers.tea?.id,
      note: 'Chè Shan tuyết, 2 tấn/năm',
    });
    expect(contract.statusCode, contract.body).toBe(201);
    expect(contract.json()).toMatchObject({
      kind: 'contract',
      valueVnd: 1_200_000_000,
      producer: { id: producers.tea?.id },
    });
    expect(
      (
        await record({
          kind: 'mou',
          counterpart: 'Siêu thị B',
          valueVnd: 300_000_000,
          producerId: producers.honey?.id,
        })
      ).statusCode,
    ).toBe(201);
    expect((await record({ kind: 'lead', counterpart: 'Chuỗi cửa hàng C' })).statusCode).toBe(201);

    const bad = await record({ kind: 'deal', counterpart: '', valueVnd: -5 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad.body)).toEqual(expect.arrayContaining(['body.kind', 'body.valueVnd']));
    const stranger = await record({ kind: 'lead', counterpart: ' ', producerId: randomUUID() });
    expect(fields(stranger.body)).toEqual(['body.counterpart', 'body.producerId']);
    expect(
      (await call('otherOfficer', 'POST', `/${id}/outcomes`, { kind: 'lead', counterpart: 'X' })).statusCode,
    ).toBe(403);

    const list = await call('officer', 'GET', `/${id}/outcomes`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().totals).toEqual({
      count: 3,
      valueVnd: 1_500_000_000,
      byKind: [
        { kind: 'lead', count: 1, valueVnd: 0 },
        { kind: 'mou', count: 1, valueVnd: 300_000_000 },
        { kind: 'contract', count: 1, valueVnd: 1_200_000_000 },
      ],
    });
    const own = (await call('teaProducer', 'GET', `/${id}/outcomes`)).json();
    expect(own.items.map((i: { id: string }) => i.id)).toEqual([contract.json().id]);
    expect(own.totals.valueVnd).toBe(1_200_000_000);

    const otherEvent = await pastEvent();
    const outcomeId = contract.json().id;
    expect((await call('officer', 'DELETE', `/${otherEvent}/outcomes/${outcomeId}`)).statusCode).toBe(404);
    expect((await call('otherOfficer', 'DELETE', `/${id}/outcomes/${outcomeId}`)).statusCode).toBe(403);
    expect((await call('officer', 'DELETE', `/${id}/outcomes/${outcomeId}`)).statusCode).toBe(204);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, outcomeId));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ['trade_event_outcome', 'create'],
      ['trade_event_outcome', 'delete'],
    ]);
  });
});

describe('an event with records', () => {
  it('is not deleted, its producers with outcomes stay, its start does not move past today', async () => {
    const id = await pastEvent();
    await call('officer', 'PUT', `/${id}/participants`, { participants: participants() });
    const deleted = await call('officer', 'DELETE', `/${id}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json()).toMatchObject({ code: 'TRADE_EVENT_HAS_RECORDS' });

    const outcome = await call('officer', 'POST', `/${id}/outcomes`, {
      kind: 'lead',
      counterpart: 'Nhà hàng D',
      producerId: producers.honey?.id,
    });
    const dropHoney = await call('officer', 'PUT', `/${id}/participants`, {
      participants: [{ producerId: producers.tea?.id }],
    });
    expect(dropHoney.json()).toMatchObject({ code: 'TRADE_EVENT_HAS_RECORDS' });
    const moved = await call('officer', 'PATCH', `/${id}`, { startsOn: '2026-12-01', endsOn: '2026-12-02' });
    expect(moved.json()).toMatchObject({ code: 'TRADE_EVENT_HAS_RECORDS' });
    expect((await call('officer', 'PATCH', `/${id}`, { endsOn: '2026-10-04' })).statusCode).toBe(200);

    await call('officer', 'DELETE', `/${id}/outcomes/${outcome.json().id}`);
    expect((await call('officer', 'PUT', `/${id}/participants`, { participants: [] })).statusCode).toBe(200);
    expect((await call('officer', 'DELETE', `/${id}`)).statusCode).toBe(204);
  });
});
