import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { notifyUsers } from '../../src/app/notifications/notify-users.ts';
import { insertFlags } from '../../src/db/repositories/stamps-flags.repository.ts';
import { insertDeliveries } from '../../src/db/repositories/webhooks.repository.ts';
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

// A few people log in from one address: the per-IP login limit is lifted as in the evaluation tests.
const ctx = useBrowserApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });

/** Downloads a link with the page's session cookie and checks it is a PDF. */
async function expectPdf(page: Page, href: string | null): Promise<Uint8Array> {
  expect(href).toBeTruthy();
  const response = await page.context().request.get(`${ctx.baseUrl}${href}`);
  expect(response.status(), href ?? '').toBe(200);
  const bytes = new Uint8Array(await response.body());
  expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('%PDF');
  return bytes;
}

/** A certified product (certificate from a year ago) and one without a certificate, in Tuyên Quang (08). */
async function products(suffix: string) {
  const deps = ctx.t.deps;
  const registrar = await buildRegistrar(deps);
  const producer = await buildProducer(deps, registrar, {
    name: `HTX Chè Hà Giang ${suffix}`,
    communeCode: communeOf(deps, '08', 4),
  });
  const certified = await buildProduct(deps, registrar, producer.id, { name: `Chè Shan tuyết ${suffix}` });
  await certify(deps, registrar, certified.id, { stars: 4, validFrom: monthsAgo(12), number: '77/GCN-UBND' });
  const uncertified = await buildProduct(deps, registrar, producer.id, { name: `Mật ong ${suffix}` });
  return { producer, certified, uncertified };
}

describe('stamp and sale point screens in Chromium (province officer)', () => {
  it('issues stamps from the product page, prints the first sheet, verifies a code and lists a sale point', {
    timeout: 120_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 6);
    const { certified, uncertified } = await products(suffix);
    const officer = await buildUser(ctx.t.deps, { role: 'province_officer', provinceCode: '08' });
    const page = await logIn(ctx, officer.username);
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Tem OCOP');

    // Without a certificate in force the server refuses, and its problem detail is shown.
    await page.goto(`${ctx.baseUrl}/admin/#/products/${uncertified.id}`);
    const refused = page.getByTestId('stamps-section');
    await refused.getByRole('button', { name: 'Cấp lô tem' }).click();
    await refused.getByLabel('Số lượng tem').fill('10');
    await refused.getByRole('button', { name: 'Cấp lô tem' }).click();
    await expect
      .poll(() => refused.getByRole('alert').textContent())
      .toContain('chưa có giấy chứng nhận OCOP hợp lệ');

    // The certified product: 300 stamps → two sheets, 1–240 and 241–300.
    await page.goto(`${ctx.baseUrl}/admin/#/products/${certified.id}`);
    const stamps = page.getByTestId('stamps-section');
    await expect.poll(() => stamps.textContent()).toContain('Sản phẩm chưa có lô tem nào.');
    await stamps.getByRole('button', { name: 'Cấp lô tem' }).click();
    await stamps.getByLabel('Số lượng tem').fill('300');
    await stamps.getByLabel('Ghi chú').fill('In tại Công ty in Tuyên Quang');
    await stamps.getByRole('button', { name: 'Cấp lô tem' }).click();
    await expect
      .poll(() => stamps.getByTestId('stamps-notice').textContent())
      .toBe('Đã cấp 300 tem, số sê-ri 1–300.');
    const sheets = stamps.getByTestId('sheet-link');
    await expect.poll(() => sheets.allTextContents()).toEqual(['Tem 1–240 (PDF)', 'Tem 241–300 (PDF)']);
    expect(await stamps.getByTestId('batch-status').textContent()).toBe('Đã cấp, chưa in');

    // The first sheet is a PDF with the first serial; a stamp code is read off it.
    const bytes = await expectPdf(page, await sheets.first().getAttribute('href'));
    const { text } = await extractText(bytes, { mergePages: true });
    expect(text).toContain('Số 0000001');
    expect(text).toContain('Số 0000240');
    expect(text).not.toContain('Số 0000241');
    const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])\b/.exec(text)?.[1] ?? '';
    expect(code).not.toBe('');

    await stamps.getByRole('button', { name: 'Đánh dấu đã in' }).click();
    await page.getByTestId('mark-printed-form').getByRole('button', { name: 'Lưu ngày in' }).click();
    await expect.poll(() => stamps.getByTestId('batch-status').textContent()).toBe('Đã in');

    // A second batch continues the serials; voiding it asks for a reason and a second button.
    await stamps.getByRole('button', { name: 'Cấp lô tem' }).click();
    await stamps.getByLabel('Số lượng tem').fill('5');
    await stamps.getByRole('button', { name: 'Cấp lô tem' }).click();
    await expect
      .poll(() => stamps.getByTestId('stamps-notice').textContent())
      .toBe('Đã cấp 5 tem, số sê-ri 301–305.');
    const newest = stamps.getByTestId('stamp-batch-row').first();
    // The notice can show before the list has reloaded: wait for the new batch to head the table.
    await expect
      .poll(() => newest.getByTestId('sheet-link').allTextContents())
      .toEqual(['Tem 301–305 (PDF)']);
    await newest.getByRole('button', { name: 'Hủy lô' }).click();
    const voiding = page.getByTestId('void-batch-form');
    await voiding.getByLabel('Lý do hủy lô').fill('Thất lạc tờ tem khi vận chuyển');
    await voiding.getByRole('button', { name: 'Xác nhận hủy lô' }).click();
    await expect.poll(() => newest.getByTestId('batch-status').textContent()).toBe('Đã hủy');
    expect(await newest.getByTestId('sheet-link').count()).toBe(0);
    expect(await stamps.getByTestId('batch-status').allTextContents()).toEqual(['Đã hủy', 'Đã in']);
    await screenshot(page, 'stamps-product-section');
    expect(await seriousViolations(page)).toEqual([]);

    // "Kiểm tra một mã tem" opens the public verification page in a new tab: green, genuine.
    await stamps.getByLabel('Kiểm tra một mã tem').fill(code);
    const [verify] = await Promise.all([
      page.context().waitForEvent('page'),
      stamps.getByRole('button', { name: /Mở trang xác minh/ }).click(),
    ]);
    await verify.waitForLoadState();
    expect(new URL(verify.url()).pathname).toBe(`/v/${code}`);
    await expect.poll(() => verify.getByTestId('verdict').textContent()).toContain('Tem OCOP chính hãng');
    const green = await verify
      .getByTestId('verdict')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(green).toBe('rgb(27, 110, 58)');
    // A consumer reports a problem from that page; the office handles it below.
    await expect.poll(() => verify.locator('#photo-field').isVisible()).toBe(true);
    await verify.getByLabel('Mô tả vấn đề').fill(`Tem ${suffix} dán trên sản phẩm không đúng loại.`);
    await verify.locator('#place').fill('Chợ Tam Cờ, Tuyên Quang');
    await verify.locator('#contact').fill('0912 345 678');
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#b3261e' } })
      .png()
      .toBuffer();
    await verify.locator('#photo').setInputFiles({ name: 'tem.png', mimeType: 'image/png', buffer: photo });
    await verify.getByRole('button', { name: /Gửi báo cáo/ }).click();
    await expect.poll(() => verify.locator('#report-status').textContent()).toContain('Đã nhận báo cáo');
    await verify.close();

    // A sale point carrying the product, found through the product search.
    await page.getByRole('link', { name: 'Điểm bán', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm điểm bán' }).click();
    const form = page.getByTestId('sale-point-form');
    const pointName = `Điểm bán OCOP Tân Trào ${suffix}`;
    await form.getByLabel('Tên điểm bán').fill(pointName);
    await form.getByLabel('Cấp công nhận').selectOption('province');
    await form.getByLabel('Loại địa điểm').selectOption('tourism');
    await form.getByLabel('Quyết định công nhận').fill('1234/QĐ-UBND');
    await form.getByLabel('Ngày công nhận').fill(monthsAgo(2));
    const commune = form.getByLabel('Xã, phường');
    await expect.poll(() => commune.locator('option').count()).toBeGreaterThan(100);
    await commune.selectOption(communeOf(ctx.t.deps, '08', 4));
    await form.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('Khu di tích Tân Trào');
    await form.getByLabel('Vĩ độ').fill('21,78');
    await form.getByLabel('Kinh độ').fill('105.47');
    await form.getByLabel('Tìm sản phẩm').fill(`che shan tuyet ${suffix}`);
    await form.getByLabel('Tìm sản phẩm').press('Enter');
    await form
      .getByTestId('product-results')
      .getByRole('button', { name: `Thêm ${certified.name}` })
      .click();
    await expect.poll(() => form.getByTestId('chosen-products').textContent()).toContain(certified.name);
    await screenshot(page, 'sale-point-form');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ghi nhận điểm bán' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã ghi nhận điểm bán.');
    await screenshot(page, 'sale-point-detail');
    const publicHref = await page.getByRole('link', { name: /Trang công khai/ }).getAttribute('href');
    expect(publicHref).toMatch(/^\/diem-ban\//);
    const publicPage = await page.context().request.get(`${ctx.baseUrl}${publicHref}`);
    expect(publicPage.status()).toBe(200);
    expect(await publicPage.text()).toContain(certified.name);

    await page.getByRole('link', { name: '← Danh sách điểm bán' }).click();
    const row = page.getByTestId('sale-point-row').filter({ hasText: pointName });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Cấp tỉnh');
    expect(await row.locator('td').nth(3).textContent()).toBe('1');
    await screenshot(page, 'sale-points-list');

    // A copied-stamp flag reaches the office through the bell and is dismissed with a note.
    const now = new Date();
    await insertFlags(
      ctx.t.deps.db,
      [
        {
          code: code.replaceAll('-', ''),
          productId: certified.id,
          provinceCode: '08',
          reason: 'many_provinces',
          details: {
            from: new Date(now.getTime() - 86_400_000).toISOString(),
            to: now.toISOString(),
            scans: 9,
            clients: 6,
            provinces: ['01', '08'],
            limit: 2,
          },
        },
      ],
      now,
      new Date(now.getTime() - 86_400_000),
    );
    await notifyUsers(
      ctx.t.deps.db,
      now,
      {
        userIds: [officer.id],
        kind: 'stamp_flags',
        title: 'Phát hiện 1 tem OCOP nghi bị sao chép',
        body: 'Xem danh sách cảnh báo tem.',
        link: '/admin/#/stamp-flags',
      },
      { email: false },
    );
    await page.goto(`${ctx.baseUrl}/admin/#/products`);
    await expect.poll(() => page.getByTestId('unread-count').count()).toBe(1);
    await page.getByTestId('notifications-bell').click();
    await page.getByRole('link', { name: 'Phát hiện 1 tem OCOP nghi bị sao chép' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tem OCOP: cảnh báo và phản ánh');
    const flag = page.getByTestId('stamp-flag-row').filter({ hasText: code.replaceAll('-', '') });
    await expect.poll(() => flag.count()).toBe(1);
    // Province names arrive with the reference list, possibly after the row: wait for them.
    await expect.poll(() => flag.textContent()).toContain('Quét ở 2 tỉnh: Hà Nội, Tuyên Quang');
    await screenshot(page, 'stamp-flags-list');
    await flag.getByRole('link', { name: /Xem và xử lý/ }).click();
    const handle = page.getByTestId('handle-flag-form');
    await handle.getByLabel('Ghi chú xử lý').fill('Tem trưng bày tại hội chợ Hà Nội, khách tham quan quét.');
    await screenshot(page, 'stamp-flag-detail');
    expect(await seriousViolations(page)).toEqual([]);
    await handle.getByRole('button', { name: 'Bỏ qua (không phải tem giả)' }).click();
    await expect.poll(() => page.getByTestId('flag-state').textContent()).toBe('Đã bỏ qua');
    expect(await page.getByTestId('flag-note').textContent()).toContain('hội chợ Hà Nội');

    // The consumer's report: investigated, then closed with its resolution.
    await page.getByRole('link', { name: '← Cảnh báo tem' }).click();
    await page.getByRole('link', { name: 'Phản ánh của người tiêu dùng' }).click();
    const report = page.getByTestId('misuse-report-row').filter({ hasText: suffix });
    await expect.poll(() => report.count()).toBe(1);
    expect(await report.getByTestId('report-state').textContent()).toBe('Mới tiếp nhận');
    await screenshot(page, 'misuse-reports-list');
    await report.getByRole('link').first().click();
    // The photo comes through the API with the session, not from a public address.
    const image = page.getByTestId('report-photo');
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(await page.locator('.facts').textContent()).toContain('Chợ Tam Cờ');
    await screenshot(page, 'misuse-report-detail');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Chuyển sang đang xác minh' }).click();
    await expect.poll(() => page.getByTestId('report-state').textContent()).toBe('Đang xác minh');
    await page.getByLabel('Kết quả xử lý').fill('Đã kiểm tra cửa hàng; tem đúng, dán nhầm sản phẩm.');
    await page.getByRole('button', { name: 'Đóng phản ánh' }).click();
    await expect.poll(() => page.getByTestId('report-state').textContent()).toBe('Đã xử lý xong');
    await screenshot(page, 'misuse-report-closed');
  });

  it('records a fair with its participants and a contract, and registers a marketplace (ministry)', {
    timeout: 120_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 6);
    const { producer, certified } = await products(suffix);
    const admin = await buildUser(ctx.t.deps, { role: 'ministry_admin' });
    const page = await logIn(ctx, admin.username);

    // A fair in Tuyên Quang running from today: outcomes may be recorded at once.
    await page.getByRole('link', { name: 'Hội chợ, sự kiện' }).click();
    await page.getByRole('link', { name: 'Thêm sự kiện' }).click();
    const form = page.getByTestId('trade-event-form');
    const eventName = `Hội chợ OCOP Tuyên Quang ${suffix}`;
    await form.getByLabel('Tên sự kiện').fill(eventName);
    await form.getByLabel('Loại sự kiện').selectOption('fair');
    const scope = form.getByLabel('Phạm vi');
    await expect.poll(() => scope.locator('option').count()).toBeGreaterThan(30);
    await scope.selectOption('08');
    await form.getByLabel('Ngày bắt đầu').fill(vietnamDay());
    await form.getByLabel('Ngày kết thúc').fill(vietnamDay(3));
    await form.getByLabel('Địa điểm').fill('Quảng trường Nhân dân, Tuyên Quang');
    await form.getByRole('button', { name: 'Ghi nhận sự kiện' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã ghi nhận sự kiện');

    const participants = page.getByTestId('participants');
    await participants.getByLabel('Thêm chủ thể (tìm theo tên)').fill(producer.name);
    await participants.getByRole('button', { name: 'Tìm' }).click();
    await participants.getByRole('button', { name: `Thêm ${producer.name}` }).click();
    const row = participants.getByTestId('participant');
    await row.getByLabel(certified.name).check();
    await row.getByLabel('Gian hàng').fill('B12');
    await participants.getByRole('button', { name: 'Lưu danh sách tham gia' }).click();
    await expect
      .poll(() => participants.getByRole('status').textContent())
      .toBe('Đã lưu danh sách: 1 chủ thể tham gia.');

    const outcome = page.getByTestId('outcome-form');
    await outcome.getByLabel('Loại kết quả').selectOption('contract');
    await outcome.getByLabel('Đối tác').fill('Siêu thị WinMart Tuyên Quang');
    await outcome.getByLabel('Giá trị (đồng)').fill('150000000');
    await outcome.getByLabel('Của chủ thể').selectOption({ label: producer.name });
    await outcome.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    const outcomes = page.getByTestId('outcomes');
    await expect.poll(() => outcomes.getByTestId('outcome-row').count()).toBe(1);
    expect(await outcomes.getByTestId('outcome-row').textContent()).toContain(producer.name);
    expect(await outcomes.textContent()).toMatch(/Tổng giá trị: 150\.000\.000\s₫/);
    await screenshot(page, 'trade-event');
    expect(await seriousViolations(page)).toEqual([]);

    // The producer's record lists the fair it took part in.
    await page.goto(`${ctx.baseUrl}/admin/#/producers/${producer.id}`);
    const attended = page.getByTestId('producer-event');
    await expect.poll(() => attended.count()).toBe(1);
    expect(await attended.textContent()).toContain(`${eventName} · Hội chợ`);

    await page.goto(`${ctx.baseUrl}/admin/#/trade-events`);
    const listed = page.getByTestId('trade-event-row').filter({ hasText: eventName });
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Đang diễn ra');
    await screenshot(page, 'trade-events-list');

    // A marketplace: the secret shows once, with a copy button and a warning.
    await page.getByRole('link', { name: 'Sàn TMĐT' }).click();
    const register = page.getByTestId('register-marketplace-form');
    const marketplaceName = `Sàn Thử Nghiệm ${suffix}`;
    await register.getByLabel('Tên sàn').fill(marketplaceName);
    await register.getByLabel('Địa chỉ nhận thông báo').fill('http://localhost:9/ocop-webhook');
    await register.getByRole('button', { name: 'Đăng ký sàn' }).click();
    const notice = page.getByTestId('secret-notice');
    await expect.poll(() => notice.textContent()).toContain('Chỉ hiển thị một lần.');
    const secret = (await notice.getByTestId('secret-value').inputValue()) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    expect(await notice.getByRole('button', { name: 'Sao chép khóa' }).isVisible()).toBe(true);
    await screenshot(page, 'marketplace-secret');
    expect(await seriousViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Tôi đã lưu khóa, đóng' }).click();
    await expect.poll(() => page.getByTestId('secret-notice').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(secret);

    await page.getByRole('link', { name: marketplaceName }).click();
    const marketplaceId = page.url().split('#/marketplaces/')[1] ?? '';
    const now = new Date();
    await insertDeliveries(ctx.t.deps.db, [
      {
        marketplaceId,
        event: 'certificate.revoked',
        productId: certified.id,
        dedupeKey: `e2e:${suffix}`,
        payload: {},
        status: 'failed',
        attempts: 8,
        lastError: 'HTTP 503',
        nextAttemptAt: now,
        createdAt: now,
      },
    ]);
    await page.reload();
    const delivery = page.getByTestId('delivery-row');
    await expect.poll(() => delivery.textContent()).toContain('Thất bại');
    await delivery.getByRole('button', { name: /Gửi lại/ }).click();
    await expect.poll(() => delivery.textContent()).toContain('Đang chờ gửi');

    await page.getByRole('button', { name: 'Cấp khóa ký mới' }).click();
    await page.getByRole('button', { name: 'Xác nhận cấp khóa mới' }).click();
    const rotated = await page.getByTestId('secret-value').inputValue();
    expect(rotated).not.toBe(secret);
    await page.getByRole('button', { name: 'Tôi đã lưu khóa, đóng' }).click();
    await page.getByRole('button', { name: 'Ngừng gửi thông báo' }).click();
    await page.getByRole('button', { name: 'Xác nhận ngừng' }).click();
    await expect.poll(() => page.getByTestId('marketplace-status').textContent()).toBe('Đã ngừng');
    // A stopped marketplace gets nothing more: no retry button either.
    await expect.poll(() => page.getByTestId('deliveries').textContent()).toContain('Sàn đã ngừng');
    expect(await delivery.getByRole('button').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'marketplace-detail');

    // The same screens in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Fairs and events' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fairs and trade events');
    await page.getByRole('link', { name: 'OCOP stamps' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('OCOP stamps: flags and reports');
    await screenshot(page, 'stamp-flags-en');
  });
});
