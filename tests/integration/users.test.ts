import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicUser } from '../../src/app/users/public-user.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let tuyenQuangOfficer: PublicUser;
let dongThapOfficer: PublicUser;
let dongThapProducer: PublicUser;
let asTuyenQuang: LoggedIn;
let asMinistry: LoggedIn;

beforeAll(async () => {
  t = await createTestApp();
  tuyenQuangOfficer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
  dongThapOfficer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '82' });
  dongThapProducer = await buildUser(t.deps, {
    role: 'producer',
    communeCode: t.deps.adminUnits.communes2025Of('82')[0]?.code,
  });
  const admin = await buildUser(t.deps, { role: 'ministry_admin' });
  asTuyenQuang = await loginAs(t.app, tuyenQuangOfficer.username);
  asMinistry = await loginAs(t.app, admin.username);
});
afterAll(() => t?.close());

describe('users are scoped to the caller’s administrative unit', () => {
  it('a province officer cannot read a user of another province', async () => {
    for (const other of [dongThapOfficer, dongThapProducer]) {
      const response = await t.app.inject({
        url: `/api/v1/users/${other.id}`,
        headers: asTuyenQuang.headers,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    }
    const filtered = await t.app.inject({
      url: '/api/v1/users?provinceCode=82',
      headers: asTuyenQuang.headers,
    });
    expect(filtered.statusCode).toBe(403);
  });

  it('a province officer lists only the users of their province; the ministry sees every province', async () => {
    const own = await t.app.inject({ url: '/api/v1/users', headers: asTuyenQuang.headers });
    expect(own.statusCode).toBe(200);
    const ownItems = own.json<{ items: PublicUser[] }>().items;
    expect(ownItems.map((u) => u.id)).toContain(tuyenQuangOfficer.id);
    expect(ownItems.every((u) => u.provinceCode === '08')).toBe(true);
    const all = await t.app.inject({ url: '/api/v1/users?provinceCode=82', headers: asMinistry.headers });
    expect(all.json<{ items: PublicUser[] }>().items.map((u) => u.id)).toEqual(
      expect.arrayContaining([dongThapOfficer.id, dongThapProducer.id]),
    );
  });

  it('are found by part of the name, accents optional, within the caller’s province', async () => {
    const hoa = await buildUser(t.deps, {
      role: 'commune_officer',
      communeCode: t.deps.adminUnits.communes2025Of('08')[1]?.code,
      displayName: 'Nguyễn Thị Hòa (cán bộ xã)',
    });
    await buildUser(t.deps, { role: 'province_officer', provinceCode: '82', displayName: 'Nguyễn Thị Hòa' });
    const names = async (who: LoggedIn, q: string) =>
      (await t.app.inject({ url: `/api/v1/users?q=${encodeURIComponent(q)}`, headers: who.headers }))
        .json<{ items: PublicUser[] }>()
        .items.map((u) => u.id);
    expect(await names(asTuyenQuang, 'thi hoa')).toEqual([hoa.id]);
    expect(await names(asTuyenQuang, 'HÒA (CÁN')).toEqual([hoa.id]);
    expect(await names(asTuyenQuang, hoa.username.slice(1))).toEqual([hoa.id]);
    expect(await names(asMinistry, 'nguyen thi hoa')).toHaveLength(2);
    expect(await names(asTuyenQuang, 'Trần')).toEqual([]);
  });

  it('roles without user management get 403 and anonymous callers 401', async () => {
    const asProducer = await loginAs(t.app, dongThapProducer.username);
    expect((await t.app.inject({ url: '/api/v1/users', headers: asProducer.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/users' })).statusCode).toBe(401);
    const self = await t.app.inject({
      url: `/api/v1/users/${dongThapProducer.id}`,
      headers: asProducer.headers,
    });
    expect(self.statusCode).toBe(200);
  });

  it('a province officer creates a commune officer in their province (audited), not in another', async () => {
    const commune = t.deps.adminUnits.communes2025Of('08')[3];
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asTuyenQuang.headers,
      payload: {
        username: 'canbo.xa.test',
        displayName: 'Cán bộ xã thử',
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'commune_officer',
        communeCode: commune?.code,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json<PublicUser>();
    expect(user).toMatchObject({ role: 'commune_officer', provinceCode: '08', communeCode: commune?.code });
    const audit = await t.deps.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.entityId, user.id) });
    expect(audit).toEqual([expect.objectContaining({ action: 'create', actorId: tuyenQuangOfficer.id })]);

    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asTuyenQuang.headers,
      payload: {
        username: 'canbo.dongthap',
        displayName: 'X',
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'commune_officer',
        communeCode: t.deps.adminUnits.communes2025Of('82')[0]?.code,
      },
    });
    expect(elsewhere.statusCode).toBe(403);
    const escalate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asTuyenQuang.headers,
      payload: {
        username: 'new.admin',
        displayName: 'X',
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'ministry_admin',
      },
    });
    expect(escalate.statusCode).toBe(403);
  });

  it.each([
    [{ role: 'commune_officer', provinceCode: '08' }, 422, 'INVALID_ROLE_SCOPE'],
    [{ role: 'commune_officer', communeCode: '99999' }, 404, 'ADMIN_UNIT_NOT_FOUND'],
    [{ role: 'province_officer', provinceCode: '08', password: 'short' }, 422, 'WEAK_PASSWORD'],
    [{ role: 'chief' }, 400, 'VALIDATION_FAILED'],
  ])('rejects a bad new user %o with %i %s', async (overrides, status, code) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asMinistry.headers,
      payload: {
        username: `bad${status}${code.length}`,
        displayName: 'X',
        password: 'mật-khẩu-đủ-dài-2026',
        ...overrides,
      },
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ code });
  });

  it('refuses a duplicate username with 409', async () => {
    const payload = {
      username: tuyenQuangOfficer.username,
      displayName: 'X',
      password: 'mật-khẩu-đủ-dài-2026',
      role: 'ministry_admin',
    };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asMinistry.headers,
      payload,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'USERNAME_TAKEN' });
  });

  it('keeps an e-mail address for notifications, lower-cased, and refuses a malformed one', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asMinistry.headers,
      payload: {
        username: 'thu.ky.hoi.dong',
        displayName: 'Thư ký Hội đồng',
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'ministry_admin',
        email: 'Thu.Ky@Ocop.GOV.vn',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email: 'thu.ky@ocop.gov.vn' });
    const id = created.json<{ id: string }>().id;
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: asMinistry.headers,
      payload: { email: 'không-phải-email' },
    });
    expect(bad.statusCode).toBe(400);
    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: asMinistry.headers,
      payload: { email: null },
    });
    expect(cleared.json()).toMatchObject({ email: null });
  });

  it('deactivating a user ends their sessions', async () => {
    const victim = await buildUser(t.deps, { role: 'council_member', provinceCode: '08' });
    const victimSession = await loginAs(t.app, victim.username);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${victim.id}`,
      headers: asTuyenQuang.headers,
      payload: { isActive: false },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ isActive: false });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: victimSession.headers })).statusCode).toBe(
      401,
    );
  });
});
