import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { logIn, screenshot, seriousViolations, useBrowserApp } from './browser.ts';

// Three people log in (officer, leader, ministry) besides the API logins: the per-IP limit is lifted.
const ctx = useBrowserApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

/** Tuyên Quang (08): a 3★ and a 4★ product in commune 0, a 5★ in commune 1, one never certified in commune 2. */
async function buildTuyenQuang() {
  const deps = ctx.t.deps;
  const registrar = await buildRegistrar(deps);
  const coop = await buildProducer(deps, registrar, {
    type: 'cooperative',
    communeCode: communeOf(deps, '08', 0),
  });
  const sme = await buildProducer(deps, registrar, {
    type: 'sme',
    communeCode: communeOf(deps, '08', 1),
    name: 'Công ty TNHH Chè Tân Trào',
  });
  const household = await buildProducer(deps, registrar, {
    type: 'household',
    communeCode: communeOf(deps, '08', 2),
  });
  const tea = await buildProduct(deps, registrar, coop.id, { name: 'Chè Shan tuyết Na Hang' });
  const honey = await buildProduct(deps, registrar, coop.id, { name: 'Mật ong bạc hà' });
  const orange = await buildProduct(deps, registrar, sme.id, { name: 'Cam sành Hàm Yên' });
  await buildProduct(deps, registrar, household.id, { name: 'Rượu ngô men lá' });
  await certify(deps, registrar, tea.id, { stars: 3, validFrom: '2025-06-15' });
  await certify(deps, registrar, honey.id, { stars: 4, validFrom: '2025-09-01' });
  await certify(deps, registrar, orange.id, { stars: 5, validFrom: '2026-02-10' });
  const officer = await buildUser(deps, { role: 'province_officer', provinceCode: '08' });
  return { officer, coveredCommune: communeOf(deps, '08', 0), bareCommune: communeOf(deps, '08', 2) };
}

const card = (page: Page, code: string) =>
  page.locator(`[data-testid="headline-card"][data-code="${code}"] [data-testid="headline-value"]`);

describe('programme dashboards in Chromium', () => {
  it('a browser test opens the province dashboard and downloads the workbook', {
    timeout: 120_000,
  }, async () => {
    const { officer, coveredCommune, bareCommune } = await buildTuyenQuang();
    // The province's plan for this year, with two targets, through the API as the officer.
    const year = new Date().getFullYear();
    const api = await loginAs(ctx.t.app, officer.username);
    const created = await ctx.t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: api.headers,
      payload: {
        level: 'province',
        provinceCode: '08',
        name: `Kế hoạch OCOP năm ${year}`,
        decisionRef: 'Kế hoạch 12/KH-UBND',
        periodFrom: `${year}-01-01`,
        periodTo: `${year}-12-31`,
        targets: [
          {
            indicator: 'certified_products',
            params: { minStars: 3 },
            comparator: '>=',
            targetValue: 10,
            wording: 'Có ít nhất 10 sản phẩm OCOP từ 3 sao',
          },
          { indicator: 'five_star_products', targetValue: 1, wording: 'Có 1 sản phẩm OCOP 5 sao' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);

    // The officer opens "Bảng điều khiển" and lands on the province's own dashboard.
    const page = await logIn(ctx, officer.username, { acceptDownloads: true });
    await page.getByRole('link', { name: 'Bảng điều khiển' }).click();
    await expect.poll(() => page.url()).toContain('#/dashboards/province/08');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điều khiển OCOP: Tuyên Quang');

    // Headline numbers, each marked as computed.
    await expect.poll(() => card(page, 'certified_products').textContent()).toBe('3 sản phẩm');
    expect(await card(page, 'five_star_products').textContent()).toBe('1 sản phẩm');
    expect(await card(page, 'communes_covered').textContent()).toBe('2 xã');
    expect(await page.getByTestId('headline').textContent()).toContain('Tính từ dữ liệu');

    // Progress to the plan's targets: the 5★ target is met, the other is not.
    const targets = page.getByTestId('target-row');
    await expect.poll(() => targets.count()).toBe(2);
    const productsTarget = targets.filter({ hasText: 'Có ít nhất 10 sản phẩm OCOP từ 3 sao' });
    expect(await productsTarget.getByTestId('target-actual').textContent()).toContain('3 sản phẩm');
    expect(await productsTarget.locator('progress').getAttribute('value')).toBe('30');
    expect(await productsTarget.getByTestId('target-status').textContent()).not.toContain('Đã đạt');
    expect(await productsTarget.textContent()).toContain('Cần tăng mỗi tháng');
    const fiveTarget = targets.filter({ hasText: 'Có 1 sản phẩm OCOP 5 sao' });
    expect(await fiveTarget.getByTestId('target-status').textContent()).toContain('Đã đạt');

    // The charts are drawn (SVG with shapes) and each has its table.
    for (const chart of ['chart-stars', 'chart-producer-types', 'chart-sectors', 'chart-history']) {
      const figure = page.getByTestId(chart);
      await expect.poll(() => figure.locator('svg path').count(), { message: chart }).toBeGreaterThan(3);
      expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toBeTruthy();
      expect(await figure.locator('details table').count()).toBe(1);
    }
    expect(await page.getByTestId('chart-stars').locator('details').textContent()).toMatch(/5 sao\s*1/);

    // Commune coverage: the covered commune is listed as covered; "not covered" hides it.
    const table = page.getByTestId('commune-table');
    const covered = table.getByTestId('commune-row').filter({ hasText: coveredCommune });
    expect(await covered.getByTestId('covered').textContent()).toContain('Có');
    expect(await covered.locator('td.num').first().textContent()).toBe('2');
    expect(await page.getByTestId('coverage-summary').textContent()).toContain('2/');
    await page.getByTestId('coverage-filter').selectOption('notCovered');
    await expect
      .poll(() => table.getByTestId('commune-row').filter({ hasText: coveredCommune }).count())
      .toBe(0);
    expect(await table.getByTestId('commune-row').filter({ hasText: bareCommune }).count()).toBe(1);
    await page.getByTestId('coverage-filter').selectOption('covered');
    await expect.poll(() => table.getByTestId('commune-row').count()).toBe(2);
    await screenshot(page, 'dashboards-province');
    expect(await seriousViolations(page)).toEqual([]);

    // The pre-2025 toggle adds the counts by former units; the language switch turns the screen to English.
    await page.getByLabel('Theo đơn vị hành chính cũ (trước 1/7/2025)').check();
    await expect.poll(() => page.url()).toContain('units=pre2025');
    await expect.poll(() => page.getByTestId('pre2025').count()).toBe(1);
    expect(await page.getByTestId('pre2025').textContent()).toContain('Theo tỉnh cũ');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('OCOP dashboard: Tuyên Quang');
    expect(await page.getByTestId('target-progress').textContent()).toContain('Needed per month');
    await page.waitForTimeout(600); // the charts' redraw animation, for the screenshot
    await screenshot(page, 'dashboards-province-pre2025-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điều khiển OCOP: Tuyên Quang');

    // The workbook of the same scope and period downloads with the session cookie and is a real xlsx.
    const href = await page.getByTestId('report-xlsx').getAttribute('href');
    expect(href).toMatch(
      /^\/api\/v1\/reports\/workbook\.xlsx\?scope=province&provinceCode=08&from=\d{4}-01-01/,
    );
    expect(await page.getByTestId('report-pdf').getAttribute('href')).toMatch(
      /^\/api\/v1\/reports\/summary\.pdf\?scope=province&provinceCode=08&/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải báo cáo Excel' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    // The summary sheet comes first ("Summary" / "Tổng hợp") and names the province.
    const summary = workbook.getWorksheet('Summary') ?? workbook.getWorksheet('Tổng hợp');
    expect(summary, workbook.worksheets.map((w) => w.name).join(', ')).toBeDefined();
    const texts: string[] = [];
    summary?.eachRow((row) => {
      texts.push(row.values?.toString() ?? '');
    });
    expect(texts.join(' ')).toContain('Tuyên Quang');
    // The PDF summary of the same link answers with a PDF for the session too.
    const pdf = await page
      .context()
      .request.get(`${ctx.baseUrl}${await page.getByTestId('report-pdf').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('the ministry compares the provinces, opens one and writes a plan in the form', {
    timeout: 120_000,
  }, async () => {
    const deps = ctx.t.deps;
    const registrar = await buildRegistrar(deps);
    const producer = await buildProducer(deps, registrar, { communeCode: communeOf(deps, '01', 0) });
    const product = await buildProduct(deps, registrar, producer.id, { name: 'Cốm làng Vòng' });
    await certify(deps, registrar, product.id, { stars: 4, validFrom: '2025-10-01' });
    const ministry = await buildUser(deps, { role: 'ministry_admin' });

    // The ministry lands on the country: 34 provinces, sortable, compared on a chart.
    const page = await logIn(ctx, ministry.username, { acceptDownloads: true });
    await page.getByRole('link', { name: 'Bảng điều khiển' }).click();
    await expect.poll(() => page.url()).toContain('#/dashboards/national');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điều khiển OCOP toàn quốc');
    const rows = page.getByTestId('province-dashboard-row');
    await expect.poll(() => rows.count()).toBe(34);
    await expect
      .poll(() => page.getByTestId('chart-provinces').locator('svg path').count())
      .toBeGreaterThan(34);
    await page.getByRole('button', { name: /^Tỉnh, thành phố/ }).click();
    expect(await page.getByRole('columnheader', { name: /^Tỉnh, thành phố/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const hanoi = rows.filter({ hasText: 'Hà Nội' });
    expect(Number(await hanoi.locator('td.num').first().textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('totals-row').textContent()).toContain('Tổng cộng');
    expect(await page.getByTestId('report-xlsx').getAttribute('href')).toContain('scope=national');
    // The monthly files for the national system: the ministry exports last month now and sees its files.
    const exports = page.getByTestId('national-exports');
    await exports.getByRole('button', { name: 'Xuất ngay' }).click();
    await expect
      .poll(() => exports.getByTestId('exports-notice').textContent())
      .toMatch(/^Đã xuất dữ liệu tháng \d{4}-\d{2}\.$/);
    await expect.poll(() => exports.getByTestId('export-month').count()).toBe(1);
    expect(await exports.getByTestId('export-month').locator('a').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'dashboards-national');
    expect(await seriousViolations(page)).toEqual([]);

    // A province's name opens its dashboard.
    await hanoi.getByRole('link', { name: 'Hà Nội' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điều khiển OCOP: Hà Nội');
    expect(page.url()).toContain('#/dashboards/province/01');

    // A plan for Hà Nội with a computed target (with a parameter) and a manual one.
    await page.getByRole('link', { name: 'Kế hoạch, chỉ tiêu' }).click();
    await page.getByRole('link', { name: 'Lập kế hoạch' }).click();
    const form = page.getByTestId('plan-form');
    await form.getByLabel('Tỉnh, thành phố').selectOption('01');
    await form.getByLabel('Tên kế hoạch').fill('Kế hoạch OCOP Hà Nội giai đoạn 2026–2027');
    await form.getByLabel('Số văn bản').fill('Kế hoạch 88/KH-UBND');
    await form.getByLabel('Từ ngày').fill('2026-01-01');
    await form.getByLabel('Đến ngày').fill('2027-12-31');
    const first = form.getByTestId('target-fields').nth(0);
    await first.getByLabel('Chỉ số').selectOption('producer_type_share');
    await first.getByLabel('Hợp tác xã').check();
    await first.getByLabel('Giá trị chỉ tiêu (%)').fill('40');
    await first.getByLabel('Chỉ tiêu theo văn bản').fill('Ít nhất 40% chủ thể là hợp tác xã');
    await form.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const second = form.getByTestId('target-fields').nth(1);
    await second.getByLabel('Chỉ số').selectOption('exported_products');
    await second.getByLabel('Giá trị chỉ tiêu (số lượng)').fill('5');
    await second.getByLabel('Giá trị thực tế (nhập tay)').fill('2');
    await second.getByLabel('Số liệu tính đến ngày').fill('2026-06-30');
    await screenshot(page, 'plans-form');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Lưu kế hoạch' }).click();

    // Its page shows the progress of both targets; the manual figure is marked so.
    await expect
      .poll(() => page.getByTestId('plan-name').textContent())
      .toBe('Kế hoạch OCOP Hà Nội giai đoạn 2026–2027');
    const targets = page.getByTestId('target-row');
    await expect.poll(() => targets.count()).toBe(2);
    const share = targets.filter({ hasText: 'Ít nhất 40% chủ thể là hợp tác xã' });
    expect(await share.getByTestId('target-actual').textContent()).toContain('100%');
    expect(await share.getByTestId('target-status').textContent()).toContain('Đã đạt');
    const exported = targets.filter({ hasText: 'Sản phẩm OCOP xuất khẩu' });
    expect(await exported.getByTestId('target-actual').textContent()).toContain('Nhập tay');
    await screenshot(page, 'plans-progress');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
