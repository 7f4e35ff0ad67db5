import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { productPhotos, salePointProducts, salePoints, tradeEvents } from '../../src/db/schema/index.ts';
import { addDays, vietnamDate } from '../../src/domain/registry/calendar-date.ts';
import { buildProducer, buildProduct, buildRegistrar, certify } from '../helpers/registry-factories.ts';
import { screenshot, useBrowserApp } from './browser.ts';

const ctx = useBrowserApp();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const tag = `kx${randomBytes(3).toString('hex')}`;
const today = vietnamDate(new Date());
let productSlug = '';
const salePointSlug = `diem-ban-ocop-${tag}`;

beforeAll(async () => {
  const deps = ctx.t.deps;
  const registrar = await buildRegistrar(deps);
  const producer = await buildProducer(deps, registrar, { name: `HTX Chè Suối Giàng ${tag}` });
  const tea = await buildProduct(deps, registrar, producer.id, {
    name: `Chè Shan tuyết Suối Giàng ${tag}`,
    productSetId: 11,
    description: 'Chè Shan tuyết hái từ cây cổ thụ trên núi cao, sao thủ công.',
    saleChannels: ['https://shopee.vn/che-shan-tuyet'],
  });
  await certify(deps, registrar, tea.id, {
    stars: 5,
    issuingLevel: 'ministry',
    validFrom: addDays(today, -400),
  });
  productSlug = tea.slug;
  for (const [name, stars] of [
    ['Mật ong bạc hà', 4],
    ['Trà hoa vàng', 3],
  ] as const) {
    const other = await buildProduct(deps, registrar, producer.id, {
      name: `${name} ${tag}`,
      productSetId: 12,
    });
    await certify(deps, registrar, other.id, { stars, validFrom: addDays(today, -100) });
  }
  await deps.db.insert(productPhotos).values({
    productId: tea.id,
    fileKey: randomBytes(12).toString('hex'),
    width: 800,
    height: 600,
    bytes: 1,
    position: 0,
    createdAt: new Date(),
  });
  const [point] = await deps.db
    .insert(salePoints)
    .values({
      name: `Điểm giới thiệu sản phẩm OCOP ${tag}`,
      slug: salePointSlug,
      provinceCode: '08',
      address: '1 đường 17/8',
      lat: '21.82300',
      lon: '105.21400',
      level: 'province',
      phone: '+84 207 3822 222',
      openingHours: '8:00–20:00',
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .returning();
  await deps.db.insert(salePointProducts).values({ salePointId: point?.id ?? '', productId: tea.id });
  await deps.db.insert(tradeEvents).values([
    {
      kind: 'fair',
      name: `Hội chợ OCOP Tuyên Quang ${tag}`,
      slug: `hoi-cho-${tag}`,
      provinceCode: '08',
      place: 'Quảng trường Nguyễn Tất Thành',
      startsOn: addDays(today, 20),
      endsOn: addDays(today, 24),
      organiser: 'Sở Nông nghiệp và Môi trường',
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    {
      kind: 'supply_demand',
      name: `Kết nối cung cầu ${tag}`,
      slug: `ket-noi-${tag}`,
      place: 'Hà Nội',
      startsOn: addDays(today, -40),
      endsOn: addDays(today, -38),
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ]);
});

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core in the page (WCAG 2.x A and AA rules); returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const checked = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: unknown[]; passes: unknown[] }> };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return { violations: result.violations, passes: result.passes.length };
  });
  expect(checked.passes).toBeGreaterThan(10); // axe ran and checked the page
  return (checked.violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('public portal in Chromium', () => {
  it('finds a product typed without accents and opens its page with the live status', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.baseUrl}/`);
    await page.getByLabel('Tìm sản phẩm hoặc chủ thể').fill(`che shan tuyet suoi giang ${tag}`);
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => page.url()).toContain('/san-pham?q=');
    await screenshot(page, 'portal-catalogue');
    await page.getByRole('link', { name: `Chè Shan tuyết Suối Giàng ${tag}` }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Chè Shan tuyết Suối Giàng ${tag}`);
    expect(await page.locator('.status').textContent()).toContain('Còn hiệu lực');
    expect(await page.getByText('5 sao').first().isVisible()).toBe(true);
    expect(await page.locator('.places').textContent()).toContain(`Điểm giới thiệu sản phẩm OCOP ${tag}`);
    await screenshot(page, 'portal-product');
    await page.close();
  });

  it('works with JavaScript off: the filter form and the sale-point list', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/san-pham?q=${tag}`);
    await page.getByText('Bộ lọc').click(); // <details>: opens without JavaScript
    await page.getByLabel('5 sao').check();
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 sản phẩm');
    await page.goto(`${ctx.baseUrl}/diem-ban`);
    expect(await page.locator('.places').textContent()).toContain(`Điểm giới thiệu sản phẩm OCOP ${tag}`);
    expect(await page.locator('#map').isHidden()).toBe(true);
    await context.close();
  });

  it('draws the sale points on a Leaflet map when JavaScript runs and the tiles load', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // No network here: answer the OpenStreetMap tile requests with a PNG from Leaflet's package.
    const png = await readFile(createRequire(import.meta.url).resolve('leaflet/dist/images/layers.png'));
    await page.route('https://tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: png }),
    );
    await page.goto(`${ctx.baseUrl}/diem-ban/${salePointSlug}`);
    await expect.poll(() => page.locator('#map').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBe(1);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-sale-point-map');
    await page.close();
  });

  it('starts keyboard navigation with the skip link', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.baseUrl}/san-pham`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('has no serious or critical axe-core violations on the main pages', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pages = [
      '/',
      '/en',
      `/san-pham?q=${tag}`,
      '/san-pham?province=08',
      `/san-pham/${productSlug}`,
      `/en/products/${productSlug}`,
      '/diem-ban',
      `/diem-ban/${salePointSlug}`,
      '/su-kien',
      '/tinh/08',
      '/thong-ke',
      '/en/statistics',
      '/open-data',
    ];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${ctx.baseUrl}${path}`);
      for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
    }
    await screenshot(page, 'portal-open-data');
    expect(found).toEqual([]);
    await page.close();
  });
});
