import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { screenshot, useBrowserApp } from './browser.ts';
import { monthsAgo } from './dates.ts';

const ctx = useBrowserApp();

async function logInAsOfficer(): Promise<Page> {
  const officer = await buildUser(ctx.t.deps, { role: 'province_officer', provinceCode: '08' });
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${ctx.baseUrl}/admin/`);
  await page.fill('input[name="username"]', officer.username);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByTestId('current-role').textContent()).toBe('Cán bộ tỉnh');
  return page;
}

const aYearAgo = () => monthsAgo(12);

async function fillProducerForm(page: Page, name: string) {
  const form = page.getByTestId('producer-create-form');
  await form.getByLabel('Tên chủ thể').fill(name);
  await form.getByLabel('Loại hình').selectOption('cooperative');
  // A province officer's province is fixed; the communes of Tuyên Quang load into the second select.
  const commune = form.getByLabel('Xã, phường');
  await expect.poll(() => commune.locator('option').count()).toBeGreaterThan(100);
  await commune.selectOption(communeOf(ctx.t.deps, '08', 3));
}

describe('registry screens in Chromium (province officer)', () => {
  it('registers a producer (with the duplicate warning), a product and a certificate', async () => {
    const page = await logInAsOfficer();
    const suffix = randomUUID().slice(0, 6);
    const producerName = `HTX Chè Shan Tuyết Thử ${suffix}`;

    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Nhập danh sách');
    await page.getByRole('link', { name: 'Chủ thể', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm chủ thể' }).click();
    await fillProducerForm(page, producerName);
    await page.getByRole('button', { name: 'Đăng ký chủ thể' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(producerName);

    // The same name in the same commune: a warning with "create anyway".
    await page.goto(`${ctx.baseUrl}/admin/#/producers/new`);
    await fillProducerForm(page, producerName);
    await page.getByRole('button', { name: 'Đăng ký chủ thể' }).click();
    const warning = page.getByTestId('producer-error');
    await expect.poll(() => warning.textContent()).toContain('Có thể trùng chủ thể');
    await screenshot(page, 'producer-duplicate');
    await page.getByRole('button', { name: 'Vẫn tạo (không trùng)' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(producerName);

    await page.goto(`${ctx.baseUrl}/admin/#/producers?q=htx+che+shan+tuyet`);
    await expect.poll(() => page.getByTestId('producer-row').count()).toBe(2);
    await screenshot(page, 'producers-list');
    await page.getByRole('link', { name: producerName }).first().click();

    // A product of that producer, from the producer's page.
    await page.getByRole('link', { name: 'Thêm sản phẩm' }).click();
    await expect.poll(() => page.getByTestId('picked-producer').textContent()).toContain(producerName);
    const productName = `Chè Shan tuyết Cổng Thành ${suffix}`;
    const form = page.getByTestId('product-create-form');
    await form.getByLabel('Tên sản phẩm').fill(productName);
    await expect.poll(() => form.getByLabel('Bộ sản phẩm').locator('option').count()).toBe(27);
    await form.getByLabel('Bộ sản phẩm').selectOption('11');
    await form
      .getByLabel('Kênh bán trực tuyến')
      .fill('https://postmart.vn/che-shan-tuyet\nhttps://shopee.vn/che');
    await page.getByRole('button', { name: 'Đăng ký sản phẩm' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(productName);
    await expect
      .poll(() => page.getByTestId('status-badge').first().textContent())
      .toContain('Chưa có chứng nhận');

    // Certificate: 4 stars, valid-to left empty (36-month default).
    await page.getByRole('button', { name: 'Thêm giấy chứng nhận' }).click();
    const certificate = page.getByTestId('certificate-form');
    await certificate.getByLabel('Hạng sao').selectOption('4');
    await certificate.getByLabel('Số quyết định').fill(`123/QĐ-UBND-${suffix}`);
    await certificate.getByLabel('Có hiệu lực từ ngày').fill(aYearAgo());
    await page.getByRole('button', { name: 'Ghi nhận giấy chứng nhận' }).click();
    const row = page.getByTestId('certificate-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('status-badge').textContent()).toContain('Còn hiệu lực');
    expect(await page.locator('.page-heading').first().textContent()).toContain('4 sao');

    await page.getByRole('button', { name: 'Cấp mã OCOP' }).click();
    await expect.poll(() => page.getByTestId('ocop-code').textContent()).toMatch(/^08-\d{5}-\d+-\d{4}$/);
    await screenshot(page, 'product-detail');

    // The list finds it without accents.
    await page.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
    await page.getByLabel('Tên sản phẩm hoặc tên chủ thể').fill(`che shan tuyet cong thanh ${suffix}`);
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const rows = page.getByTestId('product-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(productName);
    expect(await rows.first().getByTestId('status-badge').textContent()).toContain('Còn hiệu lực');
    const exportHref = await page.getByTestId('export-xlsx').getAttribute('href');
    expect(exportHref).toContain('format=xlsx');
    expect(exportHref).toContain('q=che+shan+tuyet');
    await page.close();
  });

  it('revokes a certificate with an Article 8 ground and filters the list by status', async () => {
    const registrar = await buildRegistrar(ctx.t.deps);
    const producer = await buildProducer(ctx.t.deps, registrar);
    const product = await buildProduct(ctx.t.deps, registrar, producer.id, {
      name: `Mật ong bạc hà ${producer.id.slice(0, 6)}`,
    });
    await certify(ctx.t.deps, registrar, product.id, { stars: 3, validFrom: aYearAgo() });

    const page = await logInAsOfficer();
    await page.goto(`${ctx.baseUrl}/admin/#/products/${product.id}`);
    await page.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    const form = page.getByTestId('revoke-form');
    await form.getByLabel('Sử dụng sai nhãn hiệu OCOP').check();
    await page.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    await expect.poll(() => page.getByTestId('certificate-row').textContent()).toContain('Đã thu hồi');
    expect(await page.getByTestId('certificate-row').textContent()).toContain(
      'd) Sử dụng sai nhãn hiệu OCOP',
    );

    await page.goto(`${ctx.baseUrl}/admin/#/products?status=revoked&q=mat+ong+bac+ha`);
    await expect.poll(() => page.getByTestId('products-table').textContent()).toContain(product.name);

    // A few more products in other states, for the list (and its screenshot).
    for (const [name, validFrom] of [
      ['Trà hoa vàng Bình Liêu', monthsAgo(6)],
      ['Miến dong Phja Đén', monthsAgo(35)],
      ['Cam sành Hàm Yên', monthsAgo(50)],
      ['Gạo nếp cái hoa vàng', null],
    ] as const) {
      const other = await buildProduct(ctx.t.deps, registrar, producer.id, { name });
      if (validFrom) await certify(ctx.t.deps, registrar, other.id, { stars: 4, validFrom });
    }
    await page.goto(`${ctx.baseUrl}/admin/#/products`);
    await expect.poll(() => page.getByTestId('product-row').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'products-list');
    await page.close();
  });
});
