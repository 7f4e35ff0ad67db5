import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../helpers/factories.ts';
import { buildProducer, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { logIn, screenshot, seriousViolations, useBrowserApp } from './browser.ts';
import { vietnamDay } from './dates.ts';

// An officer, the producer and a commune officer log in from one address: the per-IP limit is lifted.
const ctx = useBrowserApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

/** "15.000.000 ₫" with whatever space the browser's ICU puts before the sign. */
const vnd = (digits: string) => new RegExp(`^${digits.replaceAll('.', '\\.')}\\s₫$`);

describe('support to producers and their yearly figures in Chromium', () => {
  it('an officer records packaging support; the producer enters its figures and sees the growth band', {
    timeout: 180_000,
  }, async () => {
    const deps = ctx.t.deps;
    const registrar = await buildRegistrar(deps);
    const name = `HTX Chè Shan Tuyết Na Hang ${randomUUID().slice(0, 6)}`;
    const commune = communeOf(deps, '08', 0);
    const producer = await buildProducer(deps, registrar, { name, communeCode: commune });
    const officer = await buildUser(deps, { role: 'province_officer', provinceCode: '08' });
    const producerAccount = await buildUser(deps, {
      role: 'producer',
      provinceCode: '08',
      communeCode: commune,
      producerId: producer.id,
    });
    const communeOfficer = await buildUser(deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: commune,
    });
    const year = Number(vietnamDay().slice(0, 4));

    // The province officer opens "Hỗ trợ chủ thể" and records a packaging-design support.
    const page = await logIn(ctx, officer.username, { acceptDownloads: true });
    await page.getByRole('link', { name: 'Hỗ trợ chủ thể' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hỗ trợ chủ thể OCOP');
    await page.getByRole('link', { name: 'Ghi nhận hỗ trợ' }).click();
    const form = page.getByTestId('support-form');
    await form.getByLabel('Tìm chủ thể (tên, mã số thuế)').fill(name);
    await form.getByRole('button', { name: 'Tìm', exact: true }).click();
    await form.getByRole('button', { name: `Chọn ${name}` }).click();
    expect(await form.getByTestId('chosen-producer').textContent()).toBe(name);
    await form.getByLabel('Loại hỗ trợ').selectOption({ label: 'Thiết kế bao bì, nhãn mác' });
    await form.getByLabel('Kinh phí (đồng)').fill('15000000');
    await form.getByLabel('Nguồn kinh phí').fill('Ngân sách tỉnh');
    await form.getByLabel('Nội dung, ghi chú').fill('Thiết kế bộ nhận diện và hộp quà Tết');
    // A date ahead of today: the server's message shows beside the date field, the amount is tidied.
    await form.getByLabel('Ngày hỗ trợ').fill(vietnamDay(2));
    await form.getByRole('button', { name: 'Lưu hỗ trợ' }).click();
    const dateField = form.locator('.field-invalid').filter({ has: page.locator('input[name="grantedOn"]') });
    await expect
      .poll(() => dateField.locator('.field-error').textContent())
      .toContain('không được sau hôm nay');
    expect(await form.getByLabel('Kinh phí (đồng)').inputValue()).toBe('15.000.000');
    await screenshot(page, 'support-form');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('Ngày hỗ trợ').fill(vietnamDay());
    await form.getByRole('button', { name: 'Lưu hỗ trợ' }).click();

    // Its page, then the list with the amount in đồng and the totals.
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã ghi nhận hỗ trợ.');
    expect(await page.getByTestId('support-heading').textContent()).toBe('Thiết kế bao bì, nhãn mác');
    expect(await page.getByTestId('support-amount').textContent()).toMatch(vnd('15.000.000'));
    await page.getByRole('link', { name: '← Danh sách hỗ trợ' }).click();
    const row = page.getByTestId('support-row').filter({ hasText: name });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Thiết kế bao bì, nhãn mác');
    expect(await row.getByTestId('support-row-amount').textContent()).toMatch(vnd('15.000.000'));
    expect(await page.getByTestId('support-total-amount').textContent()).toMatch(vnd('15.000.000'));
    // Filtering by another kind empties the list.
    await page.getByLabel('Loại hỗ trợ').selectOption({ label: 'Đăng ký nhãn hiệu' });
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => page.url()).toContain('kind=trademark_registration');
    await expect.poll(() => page.getByTestId('support-row').count()).toBe(0);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => row.count()).toBe(1);
    // The list downloads as a workbook with the record and its amount.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải danh sách (Excel)' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hỗ trợ chủ thể');
    expect(sheet?.getRow(5).getCell(2).value).toBe(name);
    expect(sheet?.getRow(5).getCell(7).value).toBe(15_000_000);
    await screenshot(page, 'support-list');
    expect(await seriousViolations(page)).toEqual([]);

    // The producer enters two years on its own page; local jobs above all jobs are refused beside the field.
    // A producer lands on its own record after logging in.
    const own = await logIn(ctx, producerAccount.username);
    await expect.poll(() => new URL(own.url()).hash).toBe(`#/producers/${producer.id}`);
    await expect.poll(() => own.getByRole('heading', { level: 1 }).textContent()).toContain(name);
    // It sees the support it received (the officer's record above), without the officers' links.
    const received = own.getByTestId('producer-support-row');
    await expect.poll(() => received.count()).toBe(1);
    expect(await received.first().textContent()).toMatch(/Thiết kế bao bì, nhãn mác.*15\.000\.000\s₫/);
    expect(await received.first().locator('a').count()).toBe(0);
    const section = own.getByTestId('producer-figures');
    await expect.poll(() => section.textContent()).toContain('Chưa có số liệu năm nào.');
    const figures = section.getByTestId('figures-form');
    await figures.getByLabel(/^Năm/).fill(String(year - 2));
    await figures.getByLabel('Doanh thu (đồng)').fill('1.000.000.000');
    await figures.getByLabel('Tổng số lao động').fill('10');
    await figures.getByLabel('Lao động địa phương').fill('12');
    await figures.getByRole('button', { name: 'Lưu số liệu' }).click();
    const localField = figures
      .locator('.field-invalid')
      .filter({ has: own.locator('input[name="localJobs"]') });
    await expect
      .poll(() => localField.locator('.field-error').textContent())
      .toContain('không được nhiều hơn');
    await figures.getByLabel('Lao động địa phương').fill('8');
    await figures.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect
      .poll(() => section.getByTestId('figures-notice').textContent())
      .toBe(`Đã lưu số liệu năm ${year - 2}.`);
    await figures.getByLabel(/^Năm/).fill(String(year - 1));
    await figures.getByLabel('Doanh thu (đồng)').fill('1300000000');
    await figures.getByLabel('Lợi nhuận (đồng)').fill('-20.000.000');
    await figures.getByRole('button', { name: 'Lưu số liệu' }).click();
    const latest = section.locator(`[data-testid="figures-row"][data-year="${year - 1}"]`);
    await expect.poll(() => latest.getByTestId('figures-growth').textContent()).toContain('Tăng 1,1–1,5 lần');
    expect(await latest.getByTestId('figures-growth').textContent()).toContain('×1,3');
    expect(await latest.textContent()).toMatch(/-20\.000\.000\s₫/);
    const earlier = section.locator(`[data-testid="figures-row"][data-year="${year - 2}"]`);
    expect(await earlier.getByTestId('figures-growth').textContent()).toBe('Chưa so sánh được');
    await screenshot(own, 'producer-figures');
    expect(await seriousViolations(own)).toEqual([]);

    // A commune officer reads the figures but the server refuses an entry: said plainly, not as an error code.
    const communePage = await logIn(ctx, communeOfficer.username);
    await communePage.goto(`${ctx.baseUrl}/admin/#/producers/${producer.id}`);
    const read = communePage.getByTestId('producer-figures');
    await expect.poll(() => read.getByTestId('figures-row').count()).toBe(2);
    await read.getByLabel(/^Năm/).fill(String(year));
    await read.getByLabel('Tổng số lao động').fill('11');
    await read.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect
      .poll(() => read.getByTestId('forbidden').textContent())
      .toContain('Bạn chỉ xem được số liệu này');

    // Back on the support list, the officer's indicator counts the producer in the ×1.1–1.5 band.
    await page.reload();
    const growth = page.getByTestId('revenue-growth');
    await expect.poll(() => growth.getByTestId('growth-headline').textContent()).toMatch(/100\s?%/);
    const band = growth.locator('tr[data-band="from_1_1_to_1_5"] td');
    expect(await band.first().textContent()).toBe('1');
    expect(await growth.locator('caption').textContent()).toContain(`năm ${year - 1} so với năm ${year - 2}`);
  });
});
