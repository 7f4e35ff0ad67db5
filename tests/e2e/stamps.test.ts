import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideRevocation } from '../../src/app/revocations/decide-revocation.ts';
import { proposeRevocation } from '../../src/app/revocations/propose-revocation.ts';
import { createStampBatch } from '../../src/app/stamps/create-stamp-batch.ts';
import { stamps } from '../../src/db/schema/index.ts';
import { readPdf } from '../../src/documents/pdf-text.test-support.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { vietnamDate } from '../../src/domain/registry/calendar-date.ts';
import { STAMP_LIMITS } from '../../src/domain/stamps/batch-rules.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { screenshot, seriousViolations, useBrowserApp } from './browser.ts';
import { monthsAgo } from './dates.ts';

const ctx = useBrowserApp();
const AUDIT = { id: null, label: 'e2e' };
const today = vietnamDate(new Date());
const aYearAgo = () => monthsAgo(12);

let officer: Actor;
let valid = { batchId: '', codes: [] as string[] };
let revoked = { batchId: '', codes: [] as string[] };

async function stampedProduct(name: string) {
  const deps = ctx.t.deps;
  const registrar = await buildRegistrar(deps);
  const producer = await buildProducer(deps, registrar, { communeCode: communeOf(deps, '08', 6) });
  const product = await buildProduct(deps, registrar, producer.id, { name });
  const view = await certify(deps, registrar, product.id, {
    stars: 4,
    validFrom: aYearAgo(),
    number: '88/GCN-UBND',
  });
  const batch = await createStampBatch(
    deps,
    officer,
    AUDIT,
    { productId: product.id, quantity: 30 },
    STAMP_LIMITS,
  );
  const rows = await deps.db.select().from(stamps).where(eq(stamps.batchId, batch.id)).orderBy(stamps.serial);
  return { batchId: batch.id, certificateId: view.certificates[0]?.id ?? '', codes: rows.map((r) => r.code) };
}

beforeAll(async () => {
  const deps = ctx.t.deps;
  const officerUser = await buildUser(deps, { role: 'province_officer', provinceCode: '08' });
  const leaderUser = await buildUser(deps, { role: 'province_leader', provinceCode: '08' });
  officer = { id: officerUser.id, role: 'province_officer', provinceCode: '08', communeCode: null };
  const leader: Actor = { id: leaderUser.id, role: 'province_leader', provinceCode: '08', communeCode: null };
  valid = await stampedProduct('Chè Shan tuyết Cao Bồ');
  const toRevoke = await stampedProduct('Mật ong bạc hà thử nghiệm');
  const proposal = await proposeRevocation(deps, officer, AUDIT, {
    certificateId: toRevoke.certificateId,
    ground: 'c',
    description: 'Vi phạm an toàn thực phẩm theo kết luận thanh tra.',
    concludedOn: today,
  });
  await decideRevocation(deps, leader, AUDIT, proposal.id, {
    decisionNumber: '15/QĐ-UBND',
    decidedOn: today,
  });
  revoked = toRevoke;
});

const background = (page: Page) =>
  page.getByTestId('verdict').evaluate((element) => getComputedStyle(element).backgroundColor);

describe('stamp verification in Chromium', () => {
  it('shows a genuine stamp in green with JavaScript off, the report form still there', async () => {
    const context = await ctx.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/v/${valid.codes[0]}`);
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Tem OCOP chính hãng');
    expect(await background(page)).toBe('rgb(27, 110, 58)');
    expect(await page.locator('.status-title').textContent()).toContain('Còn hiệu lực');
    expect(await page.locator('h2').first().textContent()).toBe('Chè Shan tuyết Cao Bồ');
    expect(await page.locator('#report-form').isVisible()).toBe(true);
    expect(await page.locator('#locate-box').isVisible()).toBe(false); // the script-only button stays hidden
    await screenshot(page, 'stamp-valid-nojs');
    await context.close();
  });

  it('shows a stamp of a revoked certificate in red, with the date and ground, and takes a report', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.baseUrl}/v/${revoked.codes[2]?.toLowerCase()}`);
    const verdict = page.getByTestId('verdict');
    await expect.poll(() => verdict.textContent()).toContain('không còn được công nhận OCOP');
    expect(await background(page)).toBe('rgb(179, 38, 30)');
    const panel = await page.locator('.status').textContent();
    expect(panel).toContain('Đã bị thu hồi');
    expect(panel).toContain('15/QĐ-UBND');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'stamp-revoked');

    await expect.poll(() => page.locator('#photo-field').isVisible()).toBe(true); // the script ran
    await page.getByLabel('Mô tả vấn đề').fill('Cửa hàng vẫn bán sản phẩm có tem này.');
    await page.getByRole('button', { name: /Gửi báo cáo/ }).click();
    await expect.poll(() => page.locator('#report-status').textContent()).toContain('Đã nhận báo cáo');
  });

  it('shows an unknown code in grey', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}/v/0000000000000`);
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Không tìm thấy mã tem');
    expect(await background(page)).toBe('rgb(95, 107, 102)');
  });

  it('serves the print sheet PDF with the serials of the range', async () => {
    const user = await buildUser(ctx.t.deps, { role: 'province_officer', provinceCode: '08' });
    const session = await loginAs(ctx.t.app, user.username);
    const response = await fetch(
      `${ctx.baseUrl}/api/v1/stamp-batches/${valid.batchId}/sheet.pdf?from=1&to=30`,
      {
        headers: { cookie: session.cookie },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.pages).toBe(2);
    for (let serial = 1; serial <= 30; serial++)
      expect(pdf.text).toContain(`Số ${String(serial).padStart(7, '0')}`);
    expect(pdf.text).toContain('Tem OCOP: Chè Shan tuyết Cao Bồ');
  });
});
