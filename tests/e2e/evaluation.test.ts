import type { Locator, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  buildCast,
  buildCouncil,
  COMPLETE_FORMS,
  client,
  EVALUATION_ENV,
  FORM03,
  type Person,
  sheetWorth,
} from '../helpers/evaluation-factories.ts';
import { logIn, screenshot, useBrowserApp } from './browser.ts';

// A dozen people log in from one address: the per-IP login limit is lifted as in the integration tests.
const ctx = useBrowserApp(EVALUATION_ENV);

/** Ticks one radio per criterion (`answers[<code>]`, value = option index), as a person would. */
async function answer(form: Locator, answers: Record<string, number>) {
  for (const [code, index] of Object.entries(answers)) {
    await form.locator(`input[name="answers[${code}]"][value="${index}"]`).check();
  }
}

const state = (page: Page) => page.getByTestId('dossier-state').textContent();

/** Downloads a link with the page's session cookie and checks it is a PDF. */
async function expectPdf(page: Page, href: string | null): Promise<Uint8Array> {
  expect(href).toBeTruthy();
  const response = await page.context().request.get(`${ctx.baseUrl}${href}`);
  expect(response.status(), href ?? '').toBe(200);
  const bytes = new Uint8Array(await response.body());
  expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('%PDF');
  return bytes;
}

/** A tiny but real PDF for the evidence wallet (the server sniffs the bytes). */
const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('evaluation screens in Chromium', () => {
  // About 25 s on an idle machine; the margin is for a busy CI runner (eight logins, five score sheets).
  it('one browser test walks a dossier from producer to certificate PDF', { timeout: 120_000 }, async () => {
    const cast = await buildCast(ctx.t);
    const councilId = await buildCouncil(ctx.t, cast);
    const product = await client(ctx.t.app, cast.office).get(`/api/v1/products/${cast.productId}`);
    const productName = product.body.name as string;

    // Producer: opens the dossier from the product page, fills forms 01/02, self-scores, adds evidence.
    const producer = await logIn(ctx, cast.producer.username);
    await producer.goto(`${ctx.baseUrl}/admin/#/products/${cast.productId}`);
    await producer.getByRole('button', { name: 'Lập hồ sơ' }).click();
    const create = producer.getByTestId('create-dossier-form');
    await create.getByLabel('Đánh giá lần đầu').check();
    await create.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await expect.poll(() => producer.locator('h1').textContent()).toContain('Hồ sơ');
    const dossierId = producer.url().split('#/dossiers/')[1] ?? '';
    expect(dossierId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await producer.getByTestId('missing').textContent()).toContain('Phần III');
    // Submitting too early: the server's 422 detail shows in the error alert.
    await producer.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(() => producer.getByRole('alert').first().textContent()).toContain('Hồ sơ còn thiếu');

    const forms = producer.getByTestId('producer-forms');
    for (const [form, values] of Object.entries(COMPLETE_FORMS)) {
      for (const [key, value] of Object.entries(values)) {
        await forms.locator(`[name="${form}.${key}"]`).fill(String(value));
      }
    }
    await forms.getByRole('button', { name: 'Lưu Mẫu 01, 02' }).click();
    await expect.poll(() => producer.getByTestId('notice').textContent()).toBe('Đã lưu Mẫu 01, 02.');

    const self = producer.getByTestId('self-assessment-form');
    await answer(self, sheetWorth(80).answers);
    expect(await self.getByTestId('sheet-total').textContent()).toContain('80/100');
    await self.getByRole('button', { name: 'Lưu bản tự chấm' }).click();
    await expect.poll(() => producer.getByTestId('self-saved').textContent()).toContain('80 điểm');
    await expect.poll(() => producer.getByTestId('missing').count()).toBe(0);

    const upload = producer.getByTestId('evidence-upload');
    await upload.getByLabel('Tệp tài liệu').setInputFiles({
      name: 'attp.pdf',
      mimeType: 'application/pdf',
      buffer: EVIDENCE_PDF,
    });
    await upload.getByLabel('Loại minh chứng').selectOption('food_safety_certificate');
    await upload.getByLabel('Tên tài liệu').fill('Giấy chứng nhận cơ sở đủ điều kiện ATTP');
    await upload.getByLabel('Hết hiệu lực').fill('2025-01-31');
    await upload.getByRole('button', { name: 'Tải lên và gắn vào hồ sơ' }).click();
    await expect.poll(() => producer.getByTestId('dossier-evidence').textContent()).toContain('ATTP');
    expect(await producer.getByTestId('evidence-warnings').textContent()).toContain('đã hết hiệu lực');
    await screenshot(producer, 'evaluation-producer-dossier');

    await producer.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(() => state(producer)).toBe('UBND xã đang xem xét');
    expect(await producer.getByTestId('due-date').textContent()).toContain('ngày làm việc');

    // Commune: finds it waiting in its list, writes Form 03, forwards it to the province.
    const commune = await logIn(ctx, cast.commune.username);
    await commune.getByRole('link', { name: 'Hồ sơ đánh giá' }).click();
    await commune.getByTestId('dossiers-table').getByRole('link', { name: productName }).waitFor();
    await screenshot(commune, 'evaluation-dossiers-todo');
    await commune.getByTestId('dossier-row').getByRole('link').first().click();
    const form03 = commune.getByTestId('form03');
    for (const [key, value] of Object.entries(FORM03))
      await form03.locator(`[name="form03.${key}"]`).fill(value);
    await form03.getByRole('button', { name: 'Lưu Mẫu 03' }).click();
    await expect.poll(() => commune.getByTestId('notice').textContent()).toBe('Đã lưu Mẫu 03.');
    await commune.getByRole('button', { name: 'Chuyển lên tỉnh' }).click();
    await expect.poll(() => state(commune)).toBe('Cơ quan OCOP tỉnh đang kiểm tra');

    // Office: sends it to the provincial council (meeting).
    const office = await logIn(ctx, cast.office.username);
    await office.goto(`${ctx.baseUrl}/admin/#/dossiers/${dossierId}`);
    await office.getByRole('button', { name: 'Chuyển Hội đồng chấm điểm' }).click();
    await office.getByRole('combobox', { name: 'Hội đồng chấm điểm' }).selectOption(councilId);
    await office.getByRole('button', { name: 'Xác nhận: Chuyển Hội đồng chấm điểm' }).click();
    await expect.poll(() => state(office)).toBe('Hội đồng tỉnh đang chấm điểm');

    // Each scoring member scores blind, through the radio groups.
    const [m1, m2, m3] = cast.members;
    if (!m1 || !m2 || !m3) throw new Error('the cast has three members');
    const scorers: [Person, number][] = [
      [cast.chair, 78],
      [m1, 76],
      [m2, 80],
      [m3, 74],
    ];
    let chairPage: Page | null = null;
    for (const [index, [member, total]] of scorers.entries()) {
      const page = await logIn(ctx, member.username);
      await page.goto(`${ctx.baseUrl}/admin/#/dossiers?view=todo`);
      await page.getByTestId('dossier-row').getByRole('link').first().click();
      const sheet = page.getByTestId('score-sheet-form');
      await answer(sheet, sheetWorth(total).answers);
      if (index === 1) {
        // Blind: the chair has scored, yet nobody's score shows; only who has submitted.
        expect(await page.getByTestId('council-members').textContent()).toContain('Đã nộp phiếu');
        expect(await page.getByTestId('council-sheets').count()).toBe(0);
        await screenshot(page, 'evaluation-member-scoring');
      }
      await sheet.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
      await expect.poll(() => page.getByTestId('my-sheet').textContent()).toContain('Đã nộp lúc');
      expect(await page.getByTestId('my-sheet').textContent()).toContain(`${total} điểm`);
      if (member === cast.chair) chairPage = page;
      else await page.context().close();
    }
    if (!chairPage) throw new Error('the chair scored');
    const chair: Page = chairPage;

    // The chair opens the discussion: every sheet and the aggregate appear; then finalises.
    await chair.reload();
    await chair.getByRole('button', { name: 'Mở thảo luận' }).click();
    await expect.poll(() => state(chair)).toBe('Hội đồng tỉnh thảo luận');
    await expect.poll(() => chair.getByTestId('council-sheets').locator('tbody tr').count()).toBe(4);
    expect(await chair.getByTestId('council-result').textContent()).toContain('77 điểm');
    await screenshot(chair, 'evaluation-council-discussion');
    await chair.getByRole('button', { name: 'Kết luận kết quả' }).click();
    await chair.getByRole('button', { name: 'Xác nhận: Kết luận kết quả' }).click();
    await expect.poll(() => state(chair)).toBe('Hội đồng tỉnh đã đề xuất');
    const minutes = await chair.getByTestId('minutes-province').getAttribute('href');
    expect(minutes).toContain('minutes.pdf?level=province');
    await expectPdf(chair, minutes);

    // Office: drafts the decision from the dossier's button (the dossier comes pre-ticked).
    await office.reload();
    await office.getByRole('link', { name: 'Dự thảo quyết định' }).click();
    const draft = office.getByTestId('decision-draft-form');
    await expect.poll(() => draft.getByRole('checkbox').first().isChecked()).toBe(true);
    await draft.getByRole('button', { name: 'Dự thảo quyết định (1 hồ sơ)' }).click();
    await expect.poll(() => office.getByTestId('decision-status').textContent()).toBe('Dự thảo, chờ ký');

    // The provincial leader signs it: certificates are issued, the annex is available.
    const leader = await logIn(ctx, cast.leader.username);
    await leader.getByRole('link', { name: 'Quyết định', exact: true }).click();
    await leader.getByTestId('decision-row').getByRole('link').first().click();
    await leader.getByLabel('Số quyết định').fill('1234/QĐ-UBND');
    await leader.getByRole('button', { name: 'Ký quyết định' }).click();
    await expect.poll(() => leader.getByTestId('decision-status').textContent()).toBe('Đã ký');
    expect(await leader.getByTestId('decision-item').textContent()).toContain('1234/QĐ-UBND/001');
    expect(await leader.getByTestId('annex-xlsx').getAttribute('href')).toMatch(/annex\.xlsx$/);
    await expectPdf(leader, await leader.getByTestId('annex-pdf').getAttribute('href'));
    await screenshot(leader, 'evaluation-decision-signed');

    // The producer's dossier is recognised and links its certificate, which downloads as a PDF.
    await producer.reload();
    await expect.poll(() => state(producer)).toBe('Đã công nhận');
    expect(await producer.getByTestId('timeline').locator('li').count()).toBe(7);
    const bytes = await expectPdf(
      producer,
      await producer.getByTestId('certificate-pdf').getAttribute('href'),
    );
    const { text } = await extractText(bytes, { mergePages: true });
    expect(text).toContain(productName);
    await screenshot(producer, 'evaluation-recognised');

    // The producer was notified along the way: the bell lists it, "mark all as read" clears the count.
    await expect.poll(() => producer.getByTestId('unread-count').count()).toBe(1);
    await producer.getByTestId('notifications-bell').click();
    expect(await producer.getByTestId('notification').allTextContents()).toContainEqual(
      expect.stringContaining('Đã công nhận'),
    );
    await producer.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect.poll(() => producer.getByTestId('unread-count').count()).toBe(0);
  });

  it('sets up a council from the province’s accounts, and reads the dossier list in English', async () => {
    const cast = await buildCast(ctx.t, '08', 2);
    const office = await logIn(ctx, cast.office.username);
    await office.getByRole('link', { name: 'Hội đồng' }).click();
    await office.getByRole('button', { name: 'Thành lập Hội đồng' }).click();
    const form = office.getByTestId('council-form');
    await form.getByLabel('Tên Hội đồng').fill('Hội đồng OCOP tỉnh đợt 2');
    await form.getByLabel('Quyết định thành lập').fill('456/QĐ-UBND');
    const seats: [Person, string][] = [
      [cast.chair, 'chair'],
      ...cast.members.map((m): [Person, string] => [m, 'member']),
      [cast.advisor, 'advisor'],
    ];
    for (const [person, seat] of seats) {
      const name = (await client(ctx.t.app, cast.office).get(`/api/v1/users/${person.id}`)).body.displayName;
      await form
        .getByRole('combobox', { name: `Vị trí của ${name} (${person.username})` })
        .selectOption(seat);
    }
    await screenshot(office, 'evaluation-council-form');
    await form.getByRole('button', { name: 'Thành lập Hội đồng' }).click();
    await expect.poll(() => office.getByTestId('notice').textContent()).toContain('Hội đồng OCOP tỉnh đợt 2');
    const card = office.getByTestId('council-card').filter({ hasText: 'Hội đồng OCOP tỉnh đợt 2' });
    expect(await card.textContent()).toContain('Chủ tịch Hội đồng');
    await screenshot(office, 'evaluation-councils');

    await office.getByRole('link', { name: 'Hồ sơ đánh giá' }).click();
    await office.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => office.locator('h1').textContent()).toBe('Evaluation dossiers');
    expect(await office.getByRole('link', { name: 'Waiting for me' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await screenshot(office, 'evaluation-dossiers-en');
  });
});
