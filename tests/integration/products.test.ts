import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
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
let asProvince: LoggedIn;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, {
    name: 'HTX Chè Shan Tuyết Hồng Thái',
    communeCode: communeOf(t.deps, '08', 2),
  });
  const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
  asProvince = await loginAs(t.app, officer.username);
});
afterAll(() => t?.close());

describe('products', () => {
  it('registers a product with GTIN, sale channels and its classification', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asProvince.headers,
      payload: {
        producerId: producer.id,
        name: 'Chè Shan Tuyết Hồng Thái',
        productSetId: 11,
        gtin: '893 1234 56789 7',
        saleChannels: [
          'https://shopee.vn/che-shan-tuyet',
          'postmart.vn/san-pham/123',
          'https://shopee.vn/che-shan-tuyet',
        ],
        packaging: 'Hộp 200 g',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const product = response.json();
    expect(product).toMatchObject({
      name: 'Chè Shan Tuyết Hồng Thái',
      productSet: { id: 11, sectorCode: 'I', groupCode: 'I.5' },
      gtinIsVietnamese: true,
      producer: { id: producer.id },
      province: { code: '08' },
      certificateStatus: 'none',
      stars: null,
    });
    expect(product.saleChannels).toEqual([
      { kind: 'shopee', url: 'https://shopee.vn/che-shan-tuyet' },
      { kind: 'postmart', url: 'https://postmart.vn/san-pham/123' },
    ]);
    expect(product.slug).toMatch(/^che-shan-tuyet-hong-thai-[0-9a-f]{6}$/);
  });

  it.each([
    [{ gtin: '8931234567890' }, 'body.gtin'],
    [{ productSetId: 27 }, 'body.productSetId'],
    [{ saleChannels: ['ftp://x.vn'] }, 'body.saleChannels.0'],
    [{ communeCode: '99999' }, 'body.communeCode'],
  ])('rejects %o with a field error', async (overrides, field) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asProvince.headers,
      payload: { producerId: producer.id, name: 'Sản phẩm lỗi', productSetId: 11, ...overrides },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  it('refuses a tourism-only product set for an ordinary producer type and vice versa', async () => {
    const society = await buildProducer(t.deps, registrar, {
      name: 'Hội Du lịch Cộng đồng Thử',
      type: 'society',
    });
    const food = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asProvince.headers,
      payload: { producerId: society.id, name: 'Mật ong', productSetId: 4 },
    });
    expect(food.statusCode).toBe(400);
    const tour = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: asProvince.headers,
      payload: { producerId: society.id, name: 'Điểm du lịch cộng đồng', productSetId: 26 },
    });
    expect(tour.statusCode, tour.body).toBe(201);
  });

  it('assigns OCOP codes (province)-(commune)-(serial)-(year) with the commune’s next serial', async () => {
    const a = await buildProduct(t.deps, registrar, producer.id);
    const b = await buildProduct(t.deps, registrar, producer.id);
    const codeOf = async (id: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/products/${id}/ocop-code`,
          headers: asProvince.headers,
          payload: {},
        })
      ).json<{ ocopCode: string }>().ocopCode;
    const commune = producer.commune.code;
    expect(await codeOf(a.id)).toBe(`08-${commune}-001-2026`);
    expect(await codeOf(b.id)).toBe(`08-${commune}-002-2026`);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${a.id}/ocop-code`,
      headers: asProvince.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('keeps every certificate; status is computed; 5★ must come from the ministry; revocation shows', async () => {
    const product = await buildProduct(t.deps, registrar, producer.id, { name: 'Trà hoa vàng thử' });
    await certify(t.deps, registrar, product.id, { stars: 3, validFrom: '2020-05-10' });
    const current = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/certificates`,
      headers: asProvince.headers,
      payload: {
        stars: 4,
        validFrom: '2025-01-15',
        decisionNumber: '123/QĐ-UBND',
        authorityName: 'UBND huyện Na Hang',
      },
    });
    expect(current.statusCode, current.body).toBe(201);
    const view = current.json();
    expect(view.certificates).toHaveLength(2);
    expect(view.certificates[0]).toMatchObject({
      stars: 4,
      validTo: '2028-01-15',
      status: 'valid',
      issuingLevel: 'province',
    });
    expect(view.certificates[1]).toMatchObject({ stars: 3, status: 'expired' });
    expect(view).toMatchObject({ stars: 4, certificateStatus: 'valid' });

    const fiveByProvince = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/certificates`,
      headers: asProvince.headers,
      payload: { stars: 5, validFrom: '2026-01-01', issuingLevel: 'province' },
    });
    expect(fiveByProvince.statusCode).toBe(400);

    const revoked = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${product.id}/certificates/${view.certificates[0].id}`,
      headers: asProvince.headers,
      payload: { action: 'revoke', revokedOn: '2026-10-01', ground: 'dd' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ certificateStatus: 'revoked' });
  });

  it('searches accent-insensitively with filters and the fields the API promises', async () => {
    const tea = await buildProduct(t.deps, registrar, producer.id, {
      name: 'Chè Shan Tuyết Cổ Thụ',
      productSetId: 11,
    });
    await certify(t.deps, registrar, tea.id, { stars: 4, validFrom: '2026-03-01' });
    const honey = await buildProduct(t.deps, registrar, producer.id, {
      name: 'Mật ong bạc hà',
      productSetId: 4,
    });
    await certify(t.deps, registrar, honey.id, { stars: 3, validFrom: '2023-12-20' });
    const search = async (query: string) => {
      const response = await t.app.inject({ url: `/api/v1/products?${query}`, headers: asProvince.headers });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{
        items: { id: string; name: string; stars: number; certificateStatus: string }[];
        total: number;
      }>();
    };
    const found = await search('q=che shan tuyet co thu');
    expect(found.items[0]).toMatchObject({
      id: tea.id,
      name: 'Chè Shan Tuyết Cổ Thụ',
      producer: { id: producer.id, name: producer.name },
      province: { code: '08', name: 'Tuyên Quang' },
      commune: { code: producer.commune.code },
      productSetId: 11,
      stars: 4,
      certificateStatus: 'valid',
    });
    expect((await search('q=mat ong bac ha&status=expiring')).items.map((i) => i.id)).toEqual([honey.id]);
    expect((await search('q=mat ong bac ha&status=valid')).total).toBe(0);
    expect((await search('stars=4&group=I.5')).items.map((i) => i.id)).toContain(tea.id);
    expect((await search('stars=4&group=I.2')).items.map((i) => i.id)).not.toContain(tea.id);
    expect((await search('province=82')).total).toBe(0);
    const bad = await t.app.inject({ url: '/api/v1/products?stars=7', headers: asProvince.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('exports the filtered list to .csv and .xlsx with the import’s column names', async () => {
    const product = await buildProduct(t.deps, registrar, producer.id, {
      name: 'Bánh chưng đen xuất thử',
      productSetId: 6,
    });
    await certify(t.deps, registrar, product.id, { stars: 3, validFrom: '2026-02-01' });
    const csv = await t.app.inject({
      url: '/api/v1/products/export?format=csv&q=banh chung den',
      headers: asProvince.headers,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="san-pham-ocop-.*\.csv"/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('Tên sản phẩm,Tên chủ thể');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Bánh chưng đen xuất thử');
    expect(lines[1]).toContain('Còn hiệu lực');

    const xlsx = await t.app.inject({
      url: '/api/v1/products/export?q=banh chung den',
      headers: asProvince.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Sản phẩm OCOP');
    expect(sheet?.getRow(2).getCell(2).value).toBe('Bánh chưng đen xuất thử');
    expect(sheet?.getRow(2).getCell(9).value).toBe(3);
  });

  it('stores photos re-encoded to at most 1600 px with a thumbnail, served publicly, and deletes them', async () => {
    const product = await buildProduct(t.deps, registrar, producer.id, { name: 'Sản phẩm có ảnh' });
    const jpeg = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#2e7d32' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'test' } } })
      .toBuffer();
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/photos`,
      headers: { ...asProvince.headers, 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json<{
      photos: { id: string; url: string; thumbUrl: string; width: number; height: number }[];
    }>().photos[0];
    expect(photo).toMatchObject({ width: 1600, height: 1200 });
    const full = await t.app.inject({ url: photo?.url ?? '' });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/webp');
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    const thumb = await sharp((await t.app.inject({ url: photo?.thumbUrl ?? '' })).rawPayload).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 320]);

    const notImage = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/photos`,
      headers: { ...asProvince.headers, 'content-type': 'image/jpeg' },
      payload: Buffer.from('this is not a picture'),
    });
    expect(notImage.statusCode).toBe(415);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/products/${product.id}/photos/${photo?.id}`,
      headers: asProvince.headers,
    });
    expect(removed.json<{ photos: unknown[] }>().photos).toEqual([]);
    expect((await t.app.inject({ url: photo?.url ?? '' })).statusCode).toBe(404);
  });
});
