import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { screenshot, useBrowserApp } from './browser.ts';

// The import wizard against the real API (docs/CONTRACTS.md "Imports"). Set OCOP_SCREENSHOT_DIR to keep
// full-page screenshots of the steps.

const ctx = useBrowserApp();

// Like data/demo/ocop-products-sample.csv: pre-2025 addresses (Trà Vinh is part of Vĩnh Long since 2025).
const CSV = [
  'product_name,subject_name,subject_type,commune,district,province,stars,year',
  'Khô ếch Minh Nhựt,Doanh nghiệp giống thủy sản Minh Nhựt,Doanh nghiệp,Xã Thông Hòa,Huyện Cầu Kè,Trà Vinh,3,2022',
  'Cam sành Thông Hòa,HTXNN Thông Hòa,Hợp tác xã,Xã Thông Hòa,Huyện Cầu Kè,Trà Vinh,4,2021',
  ',HTXNN Thông Hòa,Hợp tác xã,Xã Thông Hòa,Huyện Cầu Kè,Trà Vinh,3,2021',
].join('\n');

function writeSampleCsv(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ocop-import-')), 'ds-ocop-cau-ke.csv');
  writeFileSync(file, `${CSV}\n`, 'utf8');
  return file;
}

async function logIn(page: Page) {
  const officer = await buildUser(ctx.t.deps, { role: 'province_officer', provinceCode: '86' });
  await page.goto(`${ctx.baseUrl}/admin/`);
  await page.fill('input[name="username"]', officer.username);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByTestId('current-role').textContent()).toBe('Cán bộ tỉnh');
}

const count = (page: Page, outcome: string) =>
  page.getByTestId(`summary-${outcome}`).locator('.summary-count').textContent();

describe('import wizard in Chromium (province officer of Vĩnh Long)', () => {
  it('uploads a CSV, checks the guessed mapping, previews, commits and shows the summary', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page);
    await page.getByRole('link', { name: 'Nhập danh sách' }).click();

    await page.getByLabel('Tệp danh sách').setInputFiles(writeSampleCsv());
    await page.getByRole('button', { name: 'Tải lên' }).click();

    // Step 2: the guessed mapping.
    const mapping = page.getByTestId('mapping-table');
    await expect.poll(() => page.getByTestId('mapping-row').count()).toBe(8);
    expect(await mapping.getByLabel('product_name').inputValue()).toBe('productName');
    expect(await mapping.getByLabel('subject_name').inputValue()).toBe('producerName');
    expect(await mapping.getByLabel('province').inputValue()).toBe('province');
    expect(await mapping.getByLabel('stars').inputValue()).toBe('stars');
    await screenshot(page, 'import-mapping');
    await page.getByRole('button', { name: 'Lưu cách ghép cột' }).click();

    // Step 3: dry run.
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-summary').count(), { timeout: 30_000 }).toBe(1);
    expect(await count(page, 'create')).toBe('2');
    expect(await count(page, 'error')).toBe('1');
    await expect.poll(() => page.getByTestId('import-row').count()).toBe(3);
    await page.getByTestId('summary-error').click();
    await expect.poll(() => page.getByTestId('import-row').count()).toBe(1);
    expect(await page.getByTestId('import-row').getAttribute('data-outcome')).toBe('error');
    await page.getByTestId('summary-error').click();
    await screenshot(page, 'import-preview');

    // Step 4: commit.
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await expect.poll(() => page.getByTestId('commit-done').count(), { timeout: 30_000 }).toBe(1);
    const totals = page.getByTestId('commit-totals');
    expect(await totals.textContent()).toMatch(/Sản phẩm mới\s*2/);
    const report = await page.getByTestId('import-report').getAttribute('href');
    expect(report).toMatch(/^\/api\/v1\/imports\/[0-9a-f-]+\/report\.xlsx$/);
    await screenshot(page, 'import-committed');

    // The imported products are in the registry, found without accents.
    await page.goto(`${ctx.baseUrl}/admin/#/products?q=cam+sanh+thong+hoa`);
    await expect.poll(() => page.getByTestId('product-row').count()).toBe(1);

    // The same file again: the preview finds nothing new.
    await page.getByRole('link', { name: 'Nhập danh sách' }).click();
    await page.getByLabel('Tệp danh sách').setInputFiles(writeSampleCsv());
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('button', { name: 'Lưu cách ghép cột' }).click();
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-summary').count(), { timeout: 30_000 }).toBe(1);
    expect(await count(page, 'unchanged')).toBe('2');
    expect(await count(page, 'create')).toBe('0');
    await page.close();
  });
});
