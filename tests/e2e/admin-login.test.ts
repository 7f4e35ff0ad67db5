import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { useBrowserApp } from './browser.ts';

const ctx = useBrowserApp();

async function logIn(page: Page, username: string, password: string) {
  await page.goto(`${ctx.baseUrl}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('back-office in Chromium', () => {
  it('logs in, shows the 34 provinces, opens a province, switches to English and logs out', async () => {
    const officer = await buildUser(ctx.t.deps, { role: 'province_officer', provinceCode: '08' });
    const page = await ctx.browser.newPage();
    await logIn(page, officer.username, TEST_PASSWORD);

    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('Người dùng thử');
    const rows = page.getByTestId('province-row');
    await expect.poll(() => rows.count()).toBe(34);
    await expect.poll(() => page.getByTestId('provinces-table').textContent()).toContain('Tuyên Quang');

    await page.getByTestId('provinces-filter').fill('tuyen quang');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('button').click();
    await expect.poll(() => page.getByTestId('commune-row').count()).toBe(124);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => page.locator('input[name="username"]').count()).toBe(1);
    await page.close();
  });

  it('shows the reason when the password is wrong', async () => {
    const page = await ctx.browser.newPage();
    await logIn(page, 'nobody', 'wrong-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    await page.close();
  });
});
