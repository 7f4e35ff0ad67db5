import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildProducer, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
let asProvince: LoggedIn;
let communeA: string;

beforeAll(async () => {
  t = await createTestApp();
  registrar = await buildRegistrar(t.deps);
  communeA = communeOf(t.deps, '08', 5);
  const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
  asProvince = await loginAs(t.app, officer.username);
});
afterAll(() => t?.close());

const post = (payload: object, headers = asProvince.headers) =>
  t.app.inject({ method: 'POST', url: '/api/v1/producers', headers, payload });

describe('producers', () => {
  it('registers a producer with normalised tax code, phone and website, and audits it', async () => {
    const response = await post({
      name: '  HTX  Chè Shan Tuyết Na Hang ',
      type: 'cooperative',
      taxCode: '0100109106',
      representativeName: 'Nguyễn Thị Hoa',
      representativeGender: 'female',
      representativeEthnicity: 'Tày',
      communeCode: communeA,
      phone: '0912 345 678',
      email: 'HTX@Example.vn',
      website: 'cheshan.vn',
    });
    expect(response.statusCode, response.body).toBe(201);
    const producer = response.json();
    expect(producer).toMatchObject({
      name: 'HTX Chè Shan Tuyết Na Hang',
      taxCode: '0100109106',
      phone: '+84912345678',
      email: 'htx@example.vn',
      website: 'https://cheshan.vn/',
      commune: { code: communeA },
      province: { code: '08', name: 'Tuyên Quang' },
    });
    const audit = await t.deps.db.query.auditLog.findMany({
      where: (a, { eq }) => eq(a.entityId, producer.id),
    });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it.each([
    [{ taxCode: '0100109107' }, 'body.taxCode'],
    [{ phone: '12345' }, 'body.phone'],
    [{ website: 'javascript:alert(1)' }, 'body.website'],
    [{ communeCode: '99999' }, 'body.communeCode'],
    [{ type: 'company' }, 'body.type'],
    [{ email: 'not-an-email' }, 'body.email'],
  ])('rejects %o with a Vietnamese field error', async (overrides, field) => {
    const response = await post({
      name: 'HTX Sai',
      type: 'cooperative',
      communeCode: communeA,
      ...overrides,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { field: string; message: string }[] }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.field)).toContain(field);
  });

  it('refuses a second producer with the same tax code and warns about the same name in the same commune', async () => {
    await buildProducer(t.deps, registrar, {
      name: 'Hợp tác xã Mật ong Bạc Hà',
      taxCode: '0300588569',
      communeCode: communeA,
    });
    const sameTax = await post({ name: 'Khác', type: 'sme', taxCode: '0300588569', communeCode: communeA });
    expect(sameTax.statusCode).toBe(409);
    expect(sameTax.json()).toMatchObject({ code: 'PRODUCER_DUPLICATE' });
    const sameName = await post({ name: 'HTX mật ong bạc hà', type: 'cooperative', communeCode: communeA });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json()).toMatchObject({ code: 'PRODUCER_POSSIBLE_DUPLICATE' });
    const confirmed = await post({
      name: 'HTX mật ong bạc hà',
      type: 'cooperative',
      communeCode: communeA,
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
    const otherCommune = await post({
      name: 'HTX mật ong bạc hà',
      type: 'cooperative',
      communeCode: communeOf(t.deps, '08', 6),
    });
    expect(otherCommune.statusCode).toBe(201);
  });

  it('finds producers accent-insensitively and with typos, in Vietnamese order, within scope', async () => {
    const names = ['Cơ sở Đào Ngọc', 'Cơ sở Dừa Xanh', 'Cơ sở Cam Sành'];
    for (const name of names)
      await buildProducer(t.deps, registrar, { name, type: 'household', communeCode: communeA });
    await buildProducer(t.deps, registrar, {
      name: 'Cơ sở Dừa Bến Tre',
      type: 'household',
      communeCode: communeOf(t.deps, '86'),
    });
    const list = await t.app.inject({
      url: `/api/v1/producers?q=co so&commune=${communeA}`,
      headers: asProvince.headers,
    });
    expect(list.statusCode).toBe(200);
    const found = list.json<{ items: { name: string }[] }>().items.map((p) => p.name);
    expect(found.filter((n) => names.includes(n))).toEqual([
      'Cơ sở Cam Sành',
      'Cơ sở Dừa Xanh',
      'Cơ sở Đào Ngọc',
    ]);
    const typo = await t.app.inject({ url: '/api/v1/producers?q=dua xamh', headers: asProvince.headers });
    expect(typo.json<{ items: { name: string }[] }>().items.map((p) => p.name)).toContain('Cơ sở Dừa Xanh');
    const all = await t.app.inject({ url: '/api/v1/producers?q=dua', headers: asProvince.headers });
    expect(
      all.json<{ items: { province: { code: string } }[] }>().items.every((p) => p.province.code === '08'),
    ).toBe(true);
  });

  it('archives and restores; archived producers leave the default list', async () => {
    const producer = await buildProducer(t.deps, registrar, {
      name: 'HTX Lưu Trữ Thử',
      communeCode: communeA,
    });
    const archived = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${producer.id}`,
      headers: asProvince.headers,
      payload: { isArchived: true },
    });
    expect(archived.json()).toMatchObject({ isArchived: true });
    const list = await t.app.inject({ url: '/api/v1/producers?q=luu tru thu', headers: asProvince.headers });
    expect(list.json<{ total: number }>().total).toBe(0);
    const withArchived = await t.app.inject({
      url: '/api/v1/producers?q=luu tru thu&includeArchived=true',
      headers: asProvince.headers,
    });
    expect(withArchived.json<{ total: number }>().total).toBe(1);
  });

  it('scopes by role: a commune officer sees only their commune, another province is forbidden', async () => {
    const here = await buildProducer(t.deps, registrar, { communeCode: communeA });
    const elsewhere = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '82') });
    const officer = await buildUser(t.deps, { role: 'commune_officer', communeCode: communeA });
    const asCommune = await loginAs(t.app, officer.username);
    expect(
      (await t.app.inject({ url: `/api/v1/producers/${here.id}`, headers: asCommune.headers })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: `/api/v1/producers/${elsewhere.id}`, headers: asCommune.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: `/api/v1/producers/${elsewhere.id}`, headers: asProvince.headers }))
        .statusCode,
    ).toBe(403);
    const list = await t.app.inject({ url: '/api/v1/producers?pageSize=200', headers: asCommune.headers });
    expect(
      list.json<{ items: { commune: { code: string } }[] }>().items.every((p) => p.commune.code === communeA),
    ).toBe(true);
    const create = await post(
      { name: 'HTX Ngoài Xã', type: 'cooperative', communeCode: communeOf(t.deps, '08', 9) },
      asCommune.headers,
    );
    expect(create.statusCode).toBe(403);
  });

  it('a producer account sees and edits only its own producer and products', async () => {
    const own = await buildProducer(t.deps, registrar, { name: 'HTX Của Tôi', communeCode: communeA });
    const other = await buildProducer(t.deps, registrar, { name: 'HTX Người Khác', communeCode: communeA });
    const account = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asProvince.headers,
      payload: {
        username: 'chu.the.test',
        displayName: 'Chủ thể',
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'producer',
        producerId: own.id,
      },
    });
    expect(account.statusCode, account.body).toBe(201);
    expect(account.json()).toMatchObject({ producerId: own.id, communeCode: communeA, provinceCode: '08' });
    const asOwner = await loginAs(t.app, 'chu.the.test', 'mật-khẩu-đủ-dài-2026');
    const list = await t.app.inject({ url: '/api/v1/producers', headers: asOwner.headers });
    expect(list.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([own.id]);
    expect(
      (await t.app.inject({ url: `/api/v1/producers/${other.id}`, headers: asOwner.headers })).statusCode,
    ).toBe(403);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${own.id}`,
      headers: asOwner.headers,
      payload: { phone: '0987 654 321' },
    });
    expect(edit.json()).toMatchObject({ phone: '+84987654321' });
    const mine = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asOwner.headers,
      payload: { producerId: own.id, name: 'Sản phẩm của tôi', productSetId: 4 },
    });
    expect(mine.statusCode).toBe(201);
    const theirs = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asOwner.headers,
      payload: { producerId: other.id, name: 'Không phải của tôi', productSetId: 4 },
    });
    expect(theirs.statusCode).toBe(403);
    const newProducer = await post(
      { name: 'HTX Tự Đăng Ký', type: 'cooperative', communeCode: communeA },
      asOwner.headers,
    );
    expect(newProducer.statusCode).toBe(403);
  });
});
