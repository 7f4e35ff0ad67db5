import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTradeEvents } from '../../src/db/repositories/portal-places.repository.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
const as: Record<string, LoggedIn> = {};

const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/trade-events${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

const fair = (overrides: object = {}) => ({
  kind: 'fair',
  name: `Hội chợ OCOP Tuyên Quang ${randomUUID().slice(0, 4)}`,
  provinceCode: '08',
  place: 'Quảng trường Nguyễn Tất Thành, phường Minh Xuân',
  startsOn: '2026-12-18',
  endsOn: '2026-12-22',
  organiser: 'Sở Công Thương tỉnh Tuyên Quang',
  website: 'https://sct.tuyenquang.gov.vn/hoi-cho',
  description: 'Gian hàng OCOP của các xã.',
  ...overrides,
});

async function create(who: string, body: object) {
  const response = await call(who, 'POST', '', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; slug: string }>();
}

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
});
afterAll(() => t?.close());

describe('trade events', () => {
  it('are recorded by the province’s office with a folded slug and an audit entry', async () => {
    const response = await call(
      'officer',
      'POST',
      '',
      fair({ name: 'Hội chợ Thương mại – OCOP Tuyên Quang 2026' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const event = response.json();
    expect(event).toMatchObject({
      slug: expect.stringMatching(/^hoi-cho-thuong-mai-ocop-tuyen-quang-2026-[0-9a-f]{6}$/),
      kind: 'fair',
      province: { code: '08', name: 'Tuyên Quang' },
      startsOn: '2026-12-18',
      endsOn: '2026-12-22',
      website: 'https://sct.tuyenquang.gov.vn/hoi-cho',
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, event.id));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([['trade_event', 'create']]);
  });

  it('national ones (no province) are the ministry’s', async () => {
    const national = fair({ name: 'Hội chợ OCOP toàn quốc', provinceCode: null, kind: 'exhibition' });
    expect((await call('officer', 'POST', '', national)).json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    expect((await call('otherOfficer', 'POST', '', fair())).json()).toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
    expect((await call('leader', 'POST', '', fair())).json()).toMatchObject({ code: 'FORBIDDEN' });
    const created = await create('ministry', national);
    expect((await call('officer', 'GET', `/${created.id}`)).json()).toMatchObject({ province: null });
    expect((await call('officer', 'PATCH', `/${created.id}`, { place: 'Hà Nội' })).statusCode).toBe(403);
  });

  it.each([
    [{ endsOn: '2026-12-17' }, 'body.endsOn'],
    [{ startsOn: '2026-02-30' }, 'body.startsOn'],
    [{ startsOn: '18/12/2026' }, 'body.startsOn'],
    [{ kind: 'concert' }, 'body.kind'],
    [{ name: ' ' }, 'body.name'],
    [{ place: '' }, 'body.place'],
    [{ provinceCode: '99' }, 'body.provinceCode'],
    [{ website: 'javascript:alert(1)' }, 'body.website'],
  ])('refuses %o (400 on %s)', async (overrides, field) => {
    const response = await call('ministry', 'POST', '', fair(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('are listed: own province and national events, by date; the ministry filters by province', async () => {
    const early = await create(
      'officer',
      fair({ startsOn: '2026-12-01', endsOn: '2026-12-01', kind: 'supply_demand' }),
    );
    const past = await create('officer', fair({ startsOn: '2026-10-01', endsOn: '2026-10-03' }));
    const hanoi = await create('otherOfficer', fair({ provinceCode: '01' }));
    const national = await create('ministry', fair({ provinceCode: null }));
    const ids = async (who: string, query = '') => {
      const response = await call(who, 'GET', `?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    };
    const own = await ids('officer', 'from=2026-11-22');
    expect(own).toEqual(expect.arrayContaining([early.id, national.id]));
    expect(own).not.toContain(past.id);
    expect(own).not.toContain(hanoi.id);
    expect(own.indexOf(early.id)).toBeLessThan(own.indexOf(national.id)); // by start date
    expect(await ids('officer', 'kind=supply_demand')).toEqual([early.id]);
    expect(await ids('officer', 'from=2026-09-01&to=2026-10-31')).toEqual([past.id]);
    expect((await call('otherOfficer', 'GET', '?province=08')).json()).toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
    const ministry = await ids('ministry', 'province=08&includeNational=false');
    expect(ministry).toContain(early.id);
    expect(ministry).not.toContain(national.id);
    expect(ministry).not.toContain(hanoi.id);
    expect((await call('otherOfficer', 'GET', `/${early.id}`)).statusCode).toBe(403);

    // The portal's calendar reads them through its repository.
    const upcoming = await listTradeEvents(t.deps.db, { endsFrom: '2026-11-22', limit: 1000 });
    expect(upcoming.map((e) => e.id)).toEqual(expect.arrayContaining([early.id, national.id]));
    expect(upcoming.map((e) => e.id)).not.toContain(past.id);
  });

  it('are changed (the slug stays) and deleted, in one’s own province only, audited', async () => {
    const { id, slug } = await create('officer', fair());
    expect((await call('otherOfficer', 'PATCH', `/${id}`, { place: 'Hà Nội' })).statusCode).toBe(403);
    expect((await call('officer', 'PATCH', `/${id}`, { provinceCode: '01' })).json()).toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
    const bad = await call('officer', 'PATCH', `/${id}`, { endsOn: '2026-12-01' });
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'body.endsOn' })]);
    const renamed = await call('officer', 'PATCH', `/${id}`, {
      name: 'Hội chợ Xuân OCOP',
      endsOn: '2026-12-25',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ slug, name: 'Hội chợ Xuân OCOP', endsOn: '2026-12-25' });
    expect((await call('otherOfficer', 'DELETE', `/${id}`)).statusCode).toBe(403);
    expect((await call('officer', 'DELETE', `/${id}`)).statusCode).toBe(204);
    expect((await call('officer', 'GET', `/${id}`)).json()).toMatchObject({ code: 'TRADE_EVENT_NOT_FOUND' });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});
