import { describe, expect, it } from 'vitest';
import { maxExcept, optionWith } from '../../src/domain/scoring/scoring.test-support.ts';
import { useBrowserApp } from './browser.ts';

const ctx = useBrowserApp();

describe('self-assessment page in Chromium with JavaScript off', () => {
  it('picks a product set, ticks options, submits and shows the predicted star', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/tu-danh-gia`);
    await page.getByLabel('Bộ sản phẩm').selectOption('1');
    await page.getByRole('button', { name: 'Mở phiếu đánh giá' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Rau, củ, quả, hạt tươi');

    // Every criterion at its best option, except 1.3 at 2 of 3 points (its best option is the 5★ minimum).
    const answers = maxExcept(1, { '1.3': 2 });
    for (const [code, index] of Object.entries(answers)) {
      await page.check(`input[name="answers[${code}]"][value="${index}"]`);
    }
    await page.getByRole('button', { name: 'Xem kết quả dự kiến' }).click();

    const predicted = page.getByTestId('predicted-stars');
    await expect.poll(() => predicted.textContent()).toContain('Hạng dự kiến: 4 sao');
    expect(await page.getByTestId('total').textContent()).toBe('99 / 100');
    const result = await page.locator('#ket-qua').textContent();
    expect(result).toContain('Để đạt 5★ bạn còn cần:');
    expect(result).toContain('1.3 Gia tăng giá trị');
    const kept = `input[name="answers[1.3]"][value="${optionWith(1, '1.3', 2)}"]`;
    expect(await page.isChecked(kept)).toBe(true);
    await context.close();
  });
});
