import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCertificate } from '../../src/app/products/change-certificate.ts';
import type { ProductView } from '../../src/app/products/product-view.ts';
import { productPhotos, salePointProducts, salePoints, tradeEvents } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { addDays, vietnamDate } from '../../src/domain/registry/calendar-date.ts';
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
/** The app's clock: the catalogue snapshot is refreshed after its TTL (30 s) of deps.now(). */
let clock = Date.now();
const later = () => {
  clock += 61_000;
  t.setNow(new Date(clock));
};
const today = () => vietnamDate(new Date(clock));
const monthsAgo = (months: number) => addDays(today(), -Math.round(months * 30.5));
/** A word no other test uses, so searches see only this file's products. */
const tag = `kx${randomBytes(3).toString('hex')}`;

let teaProduct: ProductView;
let revokedProduct: ProductView;
let expiredProduct: ProductView;
let southProduct: ProductView;
let salePointSlug: string;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date(clock));
  registrar = await buildRegistrar(t.deps);
  const producer = await buildProducer(t.deps, registrar, { name: `HTX Chè Suối Giàng ${tag}` });
  teaProduct = await buildProduct(t.deps, registrar, producer.id, {
    name: `Chè Shan tuyết Cổ thụ ${tag}`,
    productSetId: 11,
    description: 'Chè Shan tuyết từ cây chè cổ thụ trên 100 năm tuổi.',
    story: 'Người Mông ở Suối Giàng hái chè từ những cây cổ thụ.\n\nMỗi búp chè được sao thủ công.',
    gtin: '8936040000019',
    saleChannels: ['https://shopee.vn/che-shan-tuyet'],
  });
  await certify(t.deps, registrar, teaProduct.id, {
    stars: 5,
    issuingLevel: 'ministry',
    validFrom: monthsAgo(12),
  });
  revokedProduct = await buildProduct(t.deps, registrar, producer.id, {
    name: `Mật ong bạc hà ${tag}`,
    productSetId: 4,
  });
  const revoked = await certify(t.deps, registrar, revokedProduct.id, { stars: 4, validFrom: monthsAgo(12) });
  await changeCertificate(
    t.deps,
    registrar,
    { id: null, label: 'test' },
    revokedProduct.id,
    revoked.certificates[0]?.id ?? '',
    {
      action: 'revoke',
      revokedOn: monthsAgo(1),
      ground: 'd',
    },
  );
  expiredProduct = await buildProduct(t.deps, registrar, producer.id, {
    name: `Cam sành Hàm Yên ${tag}`,
    productSetId: 1,
  });
  await certify(t.deps, registrar, expiredProduct.id, { stars: 3, validFrom: monthsAgo(48) });
  const south = await buildProducer(t.deps, registrar, {
    name: `Hộ Nguyễn Văn Bánh ${tag}`,
    type: 'household',
    communeCode: communeOf(t.deps, '82', 2),
  });
  southProduct = await buildProduct(t.deps, registrar, south.id, {
    name: `Bánh pía Sóc Trăng ${tag}`,
    productSetId: 6,
  });
  await certify(t.deps, registrar, southProduct.id, { stars: 3, validFrom: monthsAgo(6) });
  await t.deps.db.insert(productPhotos).values({
    productId: teaProduct.id,
    fileKey: randomBytes(12).toString('hex'),
    width: 1200,
    height: 800,
    bytes: 1000,
    position: 0,
    createdAt: new Date(),
  });
  salePointSlug = `diem-ban-${tag}`;
  const [point] = await t.deps.db
    .insert(salePoints)
    .values({
      name: `Điểm OCOP Thái Nguyên ${tag}`,
      slug: salePointSlug,
      provinceCode: '08',
      address: '12 đường Hoàng Văn Thụ',
      lat: '21.59420',
      lon: '105.84820',
      level: 'province',
      openingHours: '7:30–21:00',
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .returning();
  await t.deps.db
    .insert(salePointProducts)
    .values({ salePointId: point?.id ?? '', productId: teaProduct.id });
  await t.deps.db.insert(tradeEvents).values({
    kind: 'fair',
    name: `Hội chợ OCOP ${tag}`,
    slug: `hoi-cho-${tag}`,
    provinceCode: '08',
    place: 'Quảng trường Nguyễn Tất Thành',
    startsOn: addDays(today(), 10),
    endsOn: addDays(today(), 14),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ url });
const catalogue = async (query: string, lang: 'vi' | 'en' = 'vi') => {
  const response = await get(`${lang === 'vi' ? '/san-pham' : '/en/products'}?${query}`);
  expect(response.statusCode).toBe(200);
  return response.body;
};

describe('the public catalogue', () => {
  it('finds an accented name typed without accents, and lists only certificates in force by default', async () => {
    const body = await catalogue(`q=che+shan+tuyet+co+thu+${tag}`);
    expect(body).toContain(`Chè Shan tuyết Cổ thụ ${tag}`);
    expect(body).toContain(`href="/san-pham/${teaProduct.slug}"`);
    const all = await catalogue(`q=${tag}`);
    expect(all).toContain(`Chè Shan tuyết Cổ thụ ${tag}`);
    expect(all).toContain(`Bánh pía Sóc Trăng ${tag}`);
    expect(all).not.toContain(`Mật ong bạc hà ${tag}`);
    expect(all).not.toContain(`Cam sành Hàm Yên ${tag}`);
    expect(all).toContain('2 sản phẩm');
  });

  it('shows expired and revoked products with the toggle, with their status', async () => {
    const body = await catalogue(`q=${tag}&all=1`);
    expect(body).toContain(`Mật ong bạc hà ${tag}`);
    expect(body).toContain(`Cam sành Hàm Yên ${tag}`);
    expect(body).toContain('Đã bị thu hồi');
    expect(body).toContain('Hết hiệu lực');
    expect(body).toMatch(/name="all" value="1" checked/);
  });

  it('filters by province, commune, stars, product set, sector and producer type', async () => {
    const only = async (query: string) => {
      const body = await catalogue(`q=${tag}&all=1&${query}`);
      return [teaProduct, revokedProduct, expiredProduct, southProduct]
        .filter((p) => body.includes(`/san-pham/${p.slug}"`))
        .map((p) => p.name.replace(` ${tag}`, ''));
    };
    expect(await only('province=82')).toEqual(['Bánh pía Sóc Trăng']);
    expect(await only(`province=82&commune=${communeOf(t.deps, '82', 2)}`)).toEqual(['Bánh pía Sóc Trăng']);
    expect(await only(`province=82&commune=${communeOf(t.deps, '82', 3)}`)).toEqual([]);
    expect(await only('stars=4&stars=5')).toEqual(['Chè Shan tuyết Cổ thụ', 'Mật ong bạc hà']);
    expect(await only('class=11')).toEqual(['Chè Shan tuyết Cổ thụ']);
    expect(await only('class=I.2')).toEqual(['Mật ong bạc hà']);
    expect(await only('class=II')).toEqual([]);
    expect(await only('type=household')).toEqual(['Bánh pía Sóc Trăng']);
  });

  it('pages the results, 24 a page, in Vietnamese order', async () => {
    const producer = await buildProducer(t.deps, registrar, { name: `HTX Trang ${tag}` });
    const first = ['Ấm chén', 'Bánh đa', 'Dưa hấu', 'Đậu phụ', 'Gạo tám'];
    const names = [
      ...first,
      ...Array.from({ length: 19 }, (_, i) => `Ổi ${String(i).padStart(2, '0')}`),
      'Ươi',
    ];
    for (const name of names) {
      const product = await buildProduct(t.deps, registrar, producer.id, {
        name: `${name} pg${tag}`,
        productSetId: 6,
      });
      await certify(t.deps, registrar, product.id, { stars: 3, validFrom: monthsAgo(3) });
    }
    later();
    const query = `q=pg${tag}`;
    const page1 = await catalogue(query);
    expect(page1).toContain('25 sản phẩm, trang 1/2');
    // Vietnamese order: a ă â b c d đ … o ô ơ … u ư.
    const order = first.map((n) => page1.indexOf(`${n} pg${tag}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(page1).not.toContain(`Ươi pg${tag}`);
    expect(page1).toContain(`href="/san-pham?q=pg${tag}&amp;page=2#results" rel="next"`);
    const page2 = await catalogue(`${query}&page=2`);
    expect(page2).toContain(`Ươi pg${tag}`);
    expect(page2).not.toContain(`Ấm chén pg${tag}`);
    expect(await catalogue(`${query}&page=9`)).toContain(`Ươi pg${tag}`); // past the end: the last page
  });

  it('serves the English catalogue under /en', async () => {
    const body = await catalogue(`q=che+shan+${tag}`, 'en');
    expect(body).toContain('<html lang="en">');
    expect(body).toContain(`href="/en/products/${teaProduct.slug}"`);
    expect(body).toContain('5 stars');
    expect(body).toContain('Valid');
  });

  it('shows a newly certified product once the snapshot is refreshed (TTL on the app clock)', async () => {
    const producer = await buildProducer(t.deps, registrar, { name: `HTX Mới ${tag}` });
    const fresh = await buildProduct(t.deps, registrar, producer.id, {
      name: `Nấm linh chi nw${tag}`,
      productSetId: 18,
    });
    await catalogue(`q=nw${tag}`); // the snapshot is loaded now (or is younger than the TTL)
    await certify(t.deps, registrar, fresh.id, { stars: 4, validFrom: monthsAgo(2) });
    expect(await catalogue(`q=nw${tag}`)).not.toContain(`Nấm linh chi nw${tag}`);
    later();
    expect(await catalogue(`q=nw${tag}`)).toContain(`Nấm linh chi nw${tag}`);
  });
});

describe('the product page', () => {
  it('shows the live status, facts, where to buy, JSON-LD, canonical and hreflang, in ≤ 30 KB', async () => {
    const response = await get(`/san-pham/${teaProduct.slug}`);
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(30 * 1024);
    expect(body).toContain('Còn hiệu lực');
    expect(body).toContain('status-green');
    expect(body).toContain('5 sao');
    expect(body).toContain('8936040000019');
    expect(body).toContain(`Điểm OCOP Thái Nguyên ${tag}`);
    expect(body).toContain('data-lat="21.5942"');
    expect(body).toContain('href="https://shopee.vn/che-shan-tuyet"');
    expect(body).toContain('Mỗi búp chè được sao thủ công.');
    expect(body).toMatch(
      /<img src="\/media\/products\/[a-f0-9]{24}-thumb\.webp" alt="[^"]+" width="320" height="320"/,
    );
    const base = t.deps.config.publicBaseUrl;
    expect(body).toContain(`<link rel="canonical" href="${base}/san-pham/${teaProduct.slug}">`);
    expect(body).toContain(`hreflang="en" href="${base}/en/products/${teaProduct.slug}"`);
    expect(body).toContain('<meta property="og:type" content="product">');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)?.[1];
    const graph = JSON.parse(jsonLd ?? '{}')['@graph'] as {
      '@type': string;
      name: string;
      gtin13?: string;
    }[];
    expect(graph.map((n) => n['@type'])).toEqual(['Product', 'Organization']);
    expect(graph[0]).toMatchObject({ name: teaProduct.name, gtin13: '8936040000019' });
    expect(graph[1]?.name).toBe(`HTX Chè Suối Giàng ${tag}`);
  });

  it('shows a revoked certificate in red with the date and the ground, and in English', async () => {
    const vi = await get(`/san-pham/${revokedProduct.slug}`);
    expect(vi.body).toContain('status-red');
    expect(vi.body).toContain('Đã bị thu hồi');
    expect(vi.body).toContain('Sử dụng nhãn hiệu OCOP không đúng quy định');
    const en = await get(`/en/products/${revokedProduct.slug}`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Revoked');
    expect(en.body).toContain('Where to buy');
  });

  it('answers 404 pages for unknown or never-certified products', async () => {
    const producer = await buildProducer(t.deps, registrar);
    const draft = await buildProduct(t.deps, registrar, producer.id);
    for (const url of ['/san-pham/khong-co', `/san-pham/${draft.slug}`, '/en/products/nothing']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
    }
  });
});

describe('producer, province, sale point and event pages', () => {
  it('shows the producer with its certified products', async () => {
    const list = await catalogue(`q=${tag}`);
    const producerHref = /href="(\/chu-the\/[^"]+)">HTX Chè Suối Giàng/.exec(list)?.[1];
    expect(producerHref).toBeDefined();
    const body = (await get(producerHref ?? '')).body;
    expect(body).toContain(`<h1>HTX Chè Suối Giàng ${tag}</h1>`);
    expect(body).toContain(`Mật ong bạc hà ${tag}`); // revoked products are listed after those in force
    expect((await get(`/chu-the/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('lists a province’s products and sale points', async () => {
    const body = (await get('/tinh/08')).body;
    expect(body).toContain(`Điểm OCOP Thái Nguyên ${tag}`);
    expect(body).toContain('Tuyên Quang');
    expect((await get('/tinh/99')).statusCode).toBe(404);
    expect((await get('/en/provinces/82')).body).toContain('OCOP products of Đồng Tháp');
  });

  it('counts the products in force by province, stars, producers and communes (vi and en)', async () => {
    later();
    const body = (await get('/thong-ke')).body;
    const row = (code: string) =>
      body.match(new RegExp(`<tr data-province="${code}">(.*?)</tr>`, 's'))?.[1] ?? '';
    const numbers = (html: string) => [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    const dongThapCommunes = t.deps.adminUnits.communes2025Of('82').length;
    // Đồng Tháp: the household's 3-star product only (this file's data; the test database is its own).
    expect(numbers(row('82'))).toEqual([
      '1',
      '1',
      '0',
      '0',
      '1',
      `1/${dongThapCommunes} (${Math.round(100 / dongThapCommunes)}%)`,
    ]);
    expect(row('82')).toContain('href="/tinh/82"');
    expect(numbers(row('08'))[3]).toBe('1'); // the 5-star tea; the revoked and expired ones do not count
    expect(body.match(/<tr data-province=/g)).toHaveLength(34);
    const english = (await get('/en/statistics')).body;
    expect(english).toContain('<h1>OCOP products by province</h1>');
    expect(english).toContain('href="/en/provinces/82"');
    expect((await get('/sitemap.xml')).body).toContain('/thong-ke</loc>');
    expect((await get('/')).body).toContain('<a href="/thong-ke">Số liệu theo tỉnh, thành phố</a>');
  });

  it('lists sale points, shows one with its products, and the events calendar', async () => {
    const list = (await get('/diem-ban')).body;
    expect(list).toContain(`href="/diem-ban/${salePointSlug}"`);
    expect(list).toContain('id="map"');
    expect(list).toContain('/assets/portal-map.js');
    const point = (await get(`/diem-ban/${salePointSlug}`)).body;
    expect(point).toContain(`Chè Shan tuyết Cổ thụ ${tag}`);
    expect(point).toContain('7:30–21:00');
    const events = (await get('/su-kien')).body;
    expect(events).toContain(`Hội chợ OCOP ${tag}`);
    expect((await get('/en/events')).body).toContain('On now and coming');
    const home = (await get('/')).body;
    expect(home).toContain(`Hội chợ OCOP ${tag}`);
    expect(home).toMatch(/<strong>[\d.]+<\/strong><a href="\/san-pham\?stars=5">5 sao<\/a>/);
  });

  it('serves Leaflet and the map script from its own routes', async () => {
    const script = await get('/assets/portal-map.js');
    expect(script.statusCode).toBe(200);
    const leafletPath = /data-leaflet="([^"]+)"/.exec((await get('/diem-ban')).body)?.[1];
    const leaflet = await get(`${leafletPath}/leaflet.js`);
    expect(leaflet.statusCode).toBe(200);
    expect(leaflet.headers['cache-control']).toContain('immutable');
    expect((await get(`${leafletPath}/leaflet.css`)).body).toContain('.leaflet-container');
  });
});

describe('sitemap, robots and open data', () => {
  it('lists products in force in the sitemap, in both languages', async () => {
    later();
    const response = await get('/sitemap.xml');
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const base = t.deps.config.publicBaseUrl;
    expect(response.body).toContain(`<loc>${base}/san-pham/${teaProduct.slug}</loc>`);
    expect(response.body).toContain(`<loc>${base}/en/products/${teaProduct.slug}</loc>`);
    expect(response.body).toContain(`<loc>${base}/diem-ban/${salePointSlug}</loc>`);
    expect(response.body).not.toContain(`/san-pham/${revokedProduct.slug}<`);
  });

  it('allows public pages in robots.txt and points to the sitemap', async () => {
    const body = (await get('/robots.txt')).body;
    expect(body).toContain('Disallow: /admin');
    expect(body).toContain('Disallow: /api');
    expect(body).toContain(`Sitemap: ${t.deps.config.publicBaseUrl}/sitemap.xml`);
  });

  it('publishes the certified products with their status and the licence, as CSV and JSON', async () => {
    const csv = await get('/open-data/products.csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).toMatch(/^# Giấy phép \/ Licence: CC BY 4\.0/);
    expect(lines[1]).toMatch(/^ocop_code,name,url,stars,status,/);
    const tea = lines.find((l) => l.includes(`Chè Shan tuyết Cổ thụ ${tag}`));
    expect(tea).toContain(',5,valid,');
    expect(lines.find((l) => l.includes(`Mật ong bạc hà ${tag}`))).toContain(',4,revoked,');
    const json = (await get('/open-data/products.json')).json<{
      licence: { name: string };
      products: { name: string; status: string; province_name: string }[];
    }>();
    expect(json.licence.name).toBe('CC BY 4.0');
    expect(json.products.find((p) => p.name === `Cam sành Hàm Yên ${tag}`)).toMatchObject({
      status: 'expired',
      province_name: 'Tỉnh Tuyên Quang',
    });
    expect((await get('/open-data')).body).toContain('product_set_name');
  });
});
