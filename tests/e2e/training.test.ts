import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { logIn, screenshot, seriousViolations, useBrowserApp } from './browser.ts';
import { monthsAgo, vietnamDay } from './dates.ts';

// Two people log in from one address: the per-IP login limit is lifted as in the other browser tests.
const ctx = useBrowserApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

/**
 * Tuyên Quang (08): one producer with a product certified a year ago (the coverage base: 1 producer), the
 * province officer and a commune officer (the officials' base: 2 accounts).
 */
async function buildTuyenQuang(suffix: string) {
  const deps = ctx.t.deps;
  const registrar = await buildRegistrar(deps);
  const producer = await buildProducer(deps, registrar, {
    name: `HTX Chè Shan Tân Trào ${suffix}`,
    communeCode: communeOf(deps, '08', 3),
  });
  const tea = await buildProduct(deps, registrar, producer.id, { name: `Chè Shan tuyết ${suffix}` });
  await certify(deps, registrar, tea.id, { stars: 4, validFrom: monthsAgo(12) });
  const officer = await buildUser(deps, {
    role: 'province_officer',
    provinceCode: '08',
    displayName: 'Trần Minh Đức',
  });
  const communeOfficer = await buildUser(deps, {
    role: 'commune_officer',
    provinceCode: '08',
    communeCode: communeOf(deps, '08', 3),
    displayName: 'Hoàng Thị Lan',
  });
  return { producer, officer, communeOfficer };
}

const coverage = (page: Page, card: 'coverage-officials' | 'coverage-producers') =>
  page.getByTestId(card).getByTestId('coverage-value');

describe('training courses in Chromium (province officer)', () => {
  it('records a course with two topics, its attendees, and sees the counts and the coverage change', {
    timeout: 180_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 6);
    const { producer, officer, communeOfficer } = await buildTuyenQuang(suffix);
    const title = `Tập huấn chuyển đổi số cho chủ thể OCOP ${suffix}`;
    const page = await logIn(ctx, officer.username, { acceptDownloads: true });

    // "Tập huấn" opens the list with the province's coverage of the year: nobody trained yet.
    await page.getByRole('link', { name: 'Tập huấn', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lớp tập huấn OCOP');
    await expect
      .poll(() => page.getByTestId('coverage').locator('h2').textContent())
      .toBe(`Tỷ lệ đã tập huấn năm ${vietnamDay().slice(0, 4)}: Tuyên Quang`);
    await expect.poll(() => coverage(page, 'coverage-officials').textContent()).toBe('0/2');
    expect(await coverage(page, 'coverage-producers').textContent()).toBe('0/1');
    expect(await page.locator('main').textContent()).toContain('Không có lớp tập huấn nào.');
    expect(await seriousViolations(page)).toEqual([]);

    // The form: the province is fixed to the officer's; without a topic the server's message shows beside them.
    await page.getByRole('link', { name: 'Ghi nhận lớp tập huấn' }).click();
    const form = page.getByTestId('training-form');
    await form.getByLabel('Tên lớp tập huấn').fill(title);
    expect(await form.getByLabel('Phạm vi').inputValue()).toBe('08');
    await form.getByLabel('Ngày bắt đầu').fill(vietnamDay());
    await form.getByLabel('Địa điểm').fill('Hội trường Sở Nông nghiệp và Môi trường');
    await form.getByLabel('Đơn vị tổ chức').fill('Văn phòng điều phối OCOP tỉnh');
    await form.getByRole('button', { name: 'Ghi nhận lớp tập huấn' }).click();
    await expect
      .poll(() => form.getByTestId('topics-field').locator('.field-error').textContent())
      .toContain('Chọn ít nhất một chủ đề.');
    await form.getByLabel('Chuyển đổi số').check();
    await form.getByLabel('Truy xuất nguồn gốc').check();
    await screenshot(page, 'training-form');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ghi nhận lớp tập huấn' }).click();

    // The course's page: facts, then the attendees editor.
    await expect.poll(() => page.getByTestId('course-title').textContent()).toBe(title);
    expect(await page.getByTestId('notice').textContent()).toContain('Đã ghi nhận lớp tập huấn');
    const facts = page.getByTestId('course-facts');
    expect(await facts.textContent()).toContain('Chuyển đổi số');
    expect(await facts.textContent()).toContain('Truy xuất nguồn gốc');
    expect(await page.getByTestId('course-counts').textContent()).toBe('0 cán bộ, 0 người của chủ thể');

    // An official of the province, picked from its accounts.
    const participants = page.getByTestId('participants-form');
    const officialSelect = participants.getByLabel('Thêm cán bộ', { exact: true });
    await expect.poll(() => officialSelect.locator('option').count()).toBe(3);
    // Narrowed by a part of the name typed without accents: only the commune officer is left.
    await participants.getByLabel('Tìm cán bộ theo tên').fill('hoang thi');
    await participants.getByLabel('Tìm cán bộ theo tên').press('Enter');
    await expect.poll(() => officialSelect.locator('option').count()).toBe(2);
    await officialSelect.selectOption(communeOfficer.id);
    await participants.getByRole('button', { name: 'Thêm cán bộ đã chọn' }).click();
    const officials = participants.getByTestId('official-row');
    await expect.poll(() => officials.count()).toBe(1);
    expect(await officials.first().textContent()).toContain('Hoàng Thị Lan');
    await participants.getByLabel('Đơn vị công tác của Hoàng Thị Lan').fill('UBND xã');

    // A producer found by its name without accents, and the person it sent.
    await participants.getByLabel(/^Thêm người của chủ thể/).fill(`htx che shan tan trao ${suffix}`);
    await participants.getByRole('button', { name: 'Tìm chủ thể' }).click();
    const results = participants.getByRole('list', { name: 'Chủ thể tìm thấy' });
    await results.getByRole('button', { name: `Thêm người ${producer.name}` }).click();
    await expect.poll(() => participants.getByTestId('person-row').count()).toBe(1);
    await participants.getByLabel(`Họ tên người của ${producer.name}`).fill('Lò Văn Bình');
    await screenshot(page, 'training-participants');
    expect(await seriousViolations(page)).toEqual([]);
    await participants.getByRole('button', { name: 'Lưu danh sách học viên' }).click();
    await expect
      .poll(() => participants.getByTestId('participants-notice').textContent())
      .toBe('Đã lưu danh sách: 1 cán bộ, 1 người của chủ thể.');
    expect(await page.getByTestId('course-counts').textContent()).toBe('1 cán bộ, 1 người của chủ thể');
    // The attendance list downloads to print and sign.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải danh sách học viên để ký nhận (Excel)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const attendance = workbook.getWorksheet('Danh sách học viên');
    expect([6, 7].map((row) => attendance?.getRow(row).getCell(2).value)).toEqual([
      'Hoàng Thị Lan',
      'Lò Văn Bình',
    ]);

    // The course's details are edited on their own page; the attendees stay.
    await page.getByRole('link', { name: 'Sửa thông tin lớp' }).click();
    const edit = page.getByTestId('training-form');
    await expect.poll(() => edit.getByLabel('Tên lớp tập huấn').inputValue()).toBe(title);
    expect(await edit.getByLabel('Chuyển đổi số').isChecked()).toBe(true);
    await edit.getByLabel('Địa điểm').fill('Trung tâm Hội nghị tỉnh');
    await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã lưu thay đổi.');
    expect(await page.getByTestId('course-facts').textContent()).toContain('Trung tâm Hội nghị tỉnh');
    expect(await page.getByTestId('course-counts').textContent()).toBe('1 cán bộ, 1 người của chủ thể');
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(1);

    // The list shows the counts and both topics; the coverage now counts the official and the producer.
    await page.getByRole('link', { name: '← Danh sách lớp tập huấn' }).click();
    const row = page.getByTestId('training-row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('officials-count').textContent()).toBe('1');
    expect(await row.getByTestId('producers-count').textContent()).toBe('1');
    expect(await row.textContent()).toContain('Chuyển đổi số; Truy xuất nguồn gốc');
    expect(await row.textContent()).toContain('Tuyên Quang');
    await expect.poll(() => coverage(page, 'coverage-officials').textContent()).toBe('1/2');
    expect(await coverage(page, 'coverage-producers').textContent()).toBe('1/1');

    // The topic filter keeps the course under one of its topics and drops it under another.
    await page.getByLabel('Chủ đề', { exact: true }).selectOption('traceability');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => page.url()).toContain('topic=traceability');
    await expect.poll(() => page.getByTestId('training-row').count()).toBe(1);
    await page.getByLabel('Chủ đề', { exact: true }).selectOption('food_safety');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => page.getByTestId('training-row').count()).toBe(0);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => page.getByTestId('training-row').count()).toBe(1);
    await screenshot(page, 'training-list');
    expect(await seriousViolations(page)).toEqual([]);

    // The producer's record lists the course its person attended, linked for the officer.
    await page.goto(`${ctx.baseUrl}/admin/#/producers/${producer.id}`);
    const attended = page.getByTestId('producer-course');
    await expect.poll(() => attended.count()).toBe(1);
    expect(await attended.textContent()).toContain('Chuyển đổi số; Truy xuất nguồn gốc');
    await attended.getByRole('link', { name: title }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  });

  it('the ministry sees the national coverage and looks at one province', { timeout: 120_000 }, async () => {
    const ministry = await buildUser(ctx.t.deps, { role: 'ministry_admin' });
    const page = await logIn(ctx, ministry.username);
    await page.goto(`${ctx.baseUrl}/admin/#/training`);
    const heading = page.getByTestId('coverage').locator('h2');
    const year = vietnamDay().slice(0, 4);
    await expect.poll(() => heading.textContent()).toBe(`Tỷ lệ đã tập huấn năm ${year}: Toàn quốc`);
    await page.getByLabel('Tỉnh, thành phố').selectOption('08');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => page.url()).toContain('province=08');
    await expect.poll(() => heading.textContent()).toBe(`Tỷ lệ đã tập huấn năm ${year}: Tuyên Quang`);

    // The ministry's form offers national courses.
    await page.getByRole('link', { name: 'Ghi nhận lớp tập huấn' }).click();
    const scope = page.getByTestId('training-form').getByLabel('Phạm vi');
    await expect.poll(() => scope.locator('option').count()).toBe(35);
    expect(await scope.inputValue()).toBe('');
    expect(await scope.locator('option').first().textContent()).toBe('Toàn quốc (do Bộ ghi nhận)');
  });
});
