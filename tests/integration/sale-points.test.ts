import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/app/demo/seed-demo-data.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { seedDemoPortal } from '../../src/app/sale-points/seed-demo.ts';
import { listActiveSalePoints, listTradeEvents } from '../../src/db/repositories/portal-places.repository.ts';
import { loadPortalProduct } from '../../src/db/repositories/portal-product.repository.ts';
import { auditLog, products } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
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
const users: Record<string, string> = {};
const NOW = new Date('2026-11-22T03:00:00Z');

const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/sale-points${url}`,
    headers: as[who]?.headers,
    ...(payload ? { payload } : {}),
  });

async function certifiedProduct(validFrom = '2025-06-15') {
  const product = await buildProduct(t.deps, registrar, producer.id);
  await certify(t.deps, registrar, product.id, { stars: 4, validFrom });
  return product.id;
}

/** Moving the clock far ends the sessions: everyone logs in again. */
async function setClock(date: Date) {
  t.setNow(date);
  for (const [who, username] of Object.entries(users)) as[who] = await loginAs(t.app, username);
}

const tanTrao = () => ({
  name: 'Điểm bán sản phẩm OCOP Khu di tích Tân Trào',
  address: 'Khu di tích Tân Trào, xã Tân Trào',
  provinceCode: '08',
  communeCode: communeOf(t.deps, '08', 2),
  lat: 21.8003,
  lon: 105.4419,
  level: 'commune',
  locationType: 'tourism',
  phone: '0912 345 678',
  openingHours: '7:30–17:30 hằng ngày',
  website: 'ocop.tuyenquang.gov.vn/tan-trao',
  recognisedBy: '15/QĐ-UBND',
  recognisedOn: '2026-03-10',
});

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(NOW);
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '01', 0) });
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 2),
    }),
  };
  for (const [who, user] of Object.entries(people)) users[who] = user.username;
  await setClock(NOW);
});
afterAll(() => t?.close());

/** The sale points the product's public page lists. */
async function salePointsCarrying(productId: string) {
  const [product] = await t.deps.db.select().from(products).where(eq(products.id, productId));
  return (await loadPortalProduct(t.deps.db, product?.slug ?? '', 50))?.sale_points;
}

describe('sale points', () => {
  it('are recorded by the province’s office with products of any province, a folded slug and an audit entry', async () => {
    const productId = await certifiedProduct(); // a Hà Nội product sold in Tuyên Quang
    const created = await call('officer', 'POST', '', { ...tanTrao(), productIds: [productId, productId] });
    expect(created.statusCode, created.body).toBe(201);
    const point = created.json();
    expect(point).toMatchObject({
      slug: expect.stringMatching(/^diem-ban-san-pham-ocop-khu-di-tich-tan-trao-[0-9a-f]{6}$/),
      province: { code: '08', name: 'Tuyên Quang' },
      commune: { code: communeOf(t.deps, '08', 2), name: expect.any(String) },
      lat: 21.8003,
      lon: 105.4419,
      level: 'commune',
      locationType: 'tourism',
      phone: '+84912345678',
      website: 'https://ocop.tuyenquang.gov.vn/tan-trao',
      recognisedOn: '2026-03-10',
      isActive: true,
      productCount: 1,
      products: [{ id: productId, stars: 4, status: 'valid' }],
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, point.id));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([['sale_point', 'create']]);

    // The portal reads them through the repository.
    expect((await listActiveSalePoints(t.deps.db, { provinceCode: '08' })).map((p) => p.id)).toContain(
      point.id,
    );
    expect(await salePointsCarrying(productId)).toEqual([
      expect.objectContaining({ slug: point.slug, name: point.name }),
    ]);
  });

  it.each([
    [{ lat: 48.85, lon: 2.35 }, 'body.lat'],
    [{ lat: 105.4419, lon: 21.8003 }, 'body.lat'],
    [{ lat: 21.8, lon: null }, 'body.lon'],
    [{ communeCode: '00004' }, 'body.communeCode'], // a Hà Nội ward
    [{ communeCode: null }, 'body.communeCode'], // a commune-level point needs its commune
    [{ name: '   ' }, 'body.name'],
    [{ phone: '12345' }, 'body.phone'],
    [{ website: 'ftp://x.vn' }, 'body.website'],
    [{ recognisedOn: '2026-12-01' }, 'body.recognisedOn'],
    [{ locationType: 'casino' }, 'body.locationType'],
    [{ level: 'district' }, 'body.level'],
    [{ productIds: [randomUUID()] }, 'body.productIds.0'],
  ])('refuses %o (400 on %s)', async (overrides, field) => {
    const response = await call('officer', 'POST', '', { ...tanTrao(), ...overrides });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('carries only products with a certificate in force when they are added', async () => {
    const uncertified = (await buildProduct(t.deps, registrar, producer.id)).id;
    const expired = await certifiedProduct('2022-01-10');
    const response = await call('officer', 'POST', '', {
      ...tanTrao(),
      productIds: [await certifiedProduct(), uncertified, expired],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.productIds.1',
      'body.productIds.2',
    ]);
  });

  it('are managed only in one’s own province (the ministry everywhere)', async () => {
    expect((await call('otherOfficer', 'POST', '', tanTrao())).json()).toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
    expect((await call('commune', 'POST', '', tanTrao())).json()).toMatchObject({ code: 'FORBIDDEN' });
    const byMinistry = await call('ministry', 'POST', '', {
      ...tanTrao(),
      level: 'province',
      communeCode: null,
    });
    expect(byMinistry.statusCode, byMinistry.body).toBe(201);
    const id = byMinistry.json().id;
    const patched = await call('otherOfficer', 'PATCH', `/${id}`, { phone: '0987654321' });
    expect(patched.json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    const moved = await call('officer', 'PATCH', `/${id}`, { provinceCode: '01', communeCode: null });
    expect(moved.json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    expect((await call('otherOfficer', 'GET', `/${id}`)).statusCode).toBe(403);
    expect((await call('otherOfficer', 'DELETE', `/${id}`)).statusCode).toBe(403);
    expect((await call('officer', 'GET', `/${randomUUID()}`)).json()).toMatchObject({
      code: 'SALE_POINT_NOT_FOUND',
    });
  });

  it('are listed by province, searched without accents, filtered by level, type and activity', async () => {
    const created = await call('officer', 'POST', '', {
      ...tanTrao(),
      name: 'Điểm bán OCOP chợ Sơn Dương',
      level: 'province',
      locationType: 'retail',
      communeCode: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const ids = async (who: string, query: string) => {
      const response = await call(who, 'GET', `?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string; province: { code: string } }[] }>().items;
    };
    const own = await ids('officer', '');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => i.province.code === '08')).toBe(true);
    expect((await ids('officer', 'q=cho son duong')).map((i) => i.id)).toEqual([created.json().id]);
    expect((await ids('officer', 'locationType=retail')).map((i) => i.id)).toContain(created.json().id);
    expect((await ids('officer', 'level=commune')).map((i) => i.id)).not.toContain(created.json().id);
    expect(await ids('otherOfficer', '')).toEqual([]);
    expect((await call('otherOfficer', 'GET', '?province=08')).json()).toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
    expect((await ids('ministry', 'province=08')).length).toBe(own.length);

    const off = await call('officer', 'PATCH', `/${created.json().id}`, { isActive: false });
    expect(off.statusCode, off.body).toBe(200);
    expect((await ids('officer', 'active=false')).map((i) => i.id)).toEqual([created.json().id]);
    const portal = await listActiveSalePoints(t.deps.db, { provinceCode: '08' });
    expect(portal.map((p) => p.id)).not.toContain(created.json().id);
  });

  it('keep products whose certificate lapsed since; a new product must be in force; the slug stays', async () => {
    const lapsing = await certifiedProduct('2023-12-01'); // valid through 2026-12-01
    const created = await call('officer', 'POST', '', { ...tanTrao(), productIds: [lapsing] });
    expect(created.statusCode, created.body).toBe(201);
    const { id, slug } = created.json();
    await setClock(new Date('2027-01-05T03:00:00Z'));
    const renamed = await call('officer', 'PATCH', `/${id}`, {
      name: 'Điểm bán OCOP Tân Trào (mới)',
      productIds: [lapsing],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ slug, products: [{ id: lapsing, status: 'expired' }] });
    const another = await certifiedProduct('2023-12-01');
    const refused = await call('officer', 'PATCH', `/${id}`, { productIds: [lapsing, another] });
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'body.productIds.1' })]);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    await setClock(NOW);
  });

  it('are deleted (a mistake) with an audit entry', async () => {
    const productId = await certifiedProduct();
    const id = (await call('officer', 'POST', '', { ...tanTrao(), productIds: [productId] })).json().id;
    const deleted = await call('officer', 'DELETE', `/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await call('officer', 'GET', `/${id}`)).statusCode).toBe(404);
    expect(await salePointsCarrying(productId)).toEqual([]);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.at(-1)).toMatchObject({
      action: 'delete',
      before: expect.objectContaining({ productIds: [productId] }),
    });
  });
});

describe('demo data', () => {
  it('seeds Tuyên Quang sale points and upcoming fairs once', async () => {
    await seedDemoData(t.deps);
    // Five points and three fairs, less the Tân Trào point these tests already recorded under its name.
    expect(await seedDemoPortal(t.deps)).toBe(7);
    expect(await seedDemoPortal(t.deps)).toBe(0);
    const points = await listActiveSalePoints(t.deps.db, { provinceCode: '08' });
    expect(points.map((p) => p.name)).toContain('Điểm bán sản phẩm OCOP Phố cổ Đồng Văn');
    const dongVan = points.find((p) => p.name === 'Điểm bán sản phẩm OCOP Phố cổ Đồng Văn');
    expect(dongVan).toMatchObject({ level: 'commune', communeCode: expect.stringMatching(/^\d{5}$/) });
    const fairs = (await listTradeEvents(t.deps.db, { endsFrom: '2026-11-22', limit: 1000 })).filter(
      (f) => f.provinceCode === '08',
    );
    expect(fairs.filter((f) => f.name.includes('Tuyên Quang') || f.name.includes('OCOP'))).toHaveLength(3);
    expect(fairs[0]?.startsOn).toBe('2026-12-17');
  });
});
