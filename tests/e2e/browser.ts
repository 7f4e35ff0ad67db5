import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium, headless, with nothing that phones home (this machine has no network). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The app on a random port with a private database, and Chromium; filled in by `beforeAll`. */
export type BrowserApp = { t: TestApp; browser: Browser; baseUrl: string };

/**
 * Registers the set-up and tear-down every browser test file needs; use the handle inside tests. `env` adds
 * configuration (e.g. a higher login rate limit for a file that logs in many people).
 */
export function useBrowserApp(env: Record<string, string> = {}): BrowserApp {
  const handle = {} as BrowserApp;
  beforeAll(async () => {
    handle.t = await createTestApp(env);
    await handle.t.app.listen({ port: 0, host: '127.0.0.1' });
    handle.baseUrl = `http://127.0.0.1:${(handle.t.app.server.address() as AddressInfo).port}`;
    handle.browser = await launchChromium();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.t?.close();
  });
  return handle;
}

/** Full-page screenshot when OCOP_SCREENSHOT_DIR is set (for reviewing the screens). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.OCOP_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * A fresh browser context (its own session cookie) logged in to the back office as `username` (an account made
 * with TEST_PASSWORD, e.g. by buildUser); `options` add to the 1280×900 viewport (acceptDownloads…).
 */
export async function logIn(
  app: BrowserApp,
  username: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByTestId('current-user').count()).toBe(1);
  return page;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.1 A/AA violations axe rates serious or critical, by rule id. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as { id: string; impact: string }[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
