import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaves, maxAnswers, optionWith } from '../../src/domain/scoring/scoring.test-support.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;

/** An application/x-www-form-urlencoded body as the page's form sends it. */
function formBody(fields: Record<string, string>, answers: Record<string, number>): string {
  const body = new URLSearchParams(fields);
  for (const [code, index] of Object.entries(answers)) body.append(`answers[${code}]`, String(index));
  return body.toString();
}
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const score = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/self-assessments', payload });

describe('self-assessment API', () => {
  it('scores a maxed sheet of set 1 as 5★, without a session or CSRF token', async () => {
    const response = await score({ productSetId: 1, answers: maxAnswers(1) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      criteriaSetId: '26/2026/QĐ-TTg',
      productSetId: 1,
      total: 100,
      totalText: '100.00',
      bandStars: 5,
      stars: 5,
      certifiable: true,
      blockedBy: [],
    });
  });

  it('accepts the criteria set by slug and reports what blocks the next level', async () => {
    const answers = { ...maxAnswers(1), '1.3': optionWith(1, '1.3', 2) }; // below the ***** marker (3 points)
    const response = await score({ productSetId: 1, answers, criteriaSetId: '26-2026-qd-ttg' });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<{ stars: number; bandStars: number; blockedBy: unknown[] }>();
    expect(result).toMatchObject({ total: 99, bandStars: 5, stars: 4 });
    expect(result.blockedBy).toEqual([
      {
        stars: 5,
        criteria: [expect.objectContaining({ criterionCode: '1.3', requiredPoints: 3, points: 2 })],
      },
    ]);
  });

  it('answers 400 naming the field for an unknown code, an index out of range, both cases of a criterion', async () => {
    const unknownCode = await score({ productSetId: 1, answers: { '1.1': 0, '99.1': 0 } });
    expect(unknownCode.statusCode).toBe(400);
    expect(unknownCode.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'body.answers.99.1', message: expect.stringContaining('99.1') }],
    });

    const outOfRange = await score({ productSetId: 1, answers: { '1.1': 9 } });
    expect(outOfRange.json()).toMatchObject({ errors: [{ field: 'body.answers.1.1' }] });

    const bothCases = await score({ productSetId: 26, answers: { '8.a': 0, '8.b': 2 } });
    expect(bothCases.statusCode).toBe(400);
    expect(bothCases.json().errors[0].message).toContain('một trong hai trường hợp');

    const unknownSet = await score({ productSetId: 27, answers: {} });
    expect(unknownSet.json()).toMatchObject({ errors: [{ field: 'body.productSetId' }] });

    const unknownCriteria = await score({ productSetId: 1, answers: {}, criteriaSetId: '1/1999/QĐ-TTg' });
    expect(unknownCriteria.json()).toMatchObject({ errors: [{ field: 'body.criteriaSetId' }] });
  });
});

describe('self-assessment page (no JavaScript)', () => {
  it('offers the product sets grouped by sector and group, in Vietnamese and English', async () => {
    const vi = await t.app.inject({ url: '/tu-danh-gia' });
    expect(vi.statusCode).toBe(200);
    expect(vi.headers['content-type']).toMatch(/^text\/html/);
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('<optgroup label="Thực phẩm — Thực phẩm tươi sống">');
    expect(vi.body).toContain('<option value="26">');
    expect(vi.body).not.toContain('<script');
    const en = await t.app.inject({ url: '/en/self-assessment?set=1' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Show predicted result');
  });

  it('renders the sheet as fieldsets of radio groups with points and star markers', async () => {
    const page = await t.app.inject({ url: '/tu-danh-gia?set=1' });
    expect(page.statusCode).toBe(200);
    const radios = page.body.match(/type="radio" name="answers\[/g) ?? [];
    const options = leaves(1).reduce((n, c) => n + c.options.length, 0);
    expect(radios).toHaveLength(options);
    expect(page.body).toContain('<legend>1.3 Gia tăng giá trị');
    expect(page.body).toContain('tối thiểu 5★');
    expect(page.body).toContain('<h2 id="phan-a">Phần A:');
    expect(page.body).not.toContain('Lưu nháp'); // anonymous: no draft
    expect((await t.app.inject({ url: '/tu-danh-gia?set=0' })).statusCode).toBe(400);
  });

  it('re-renders a submitted form with the answers kept, the predicted star and what is still missing', async () => {
    const answers = { ...maxAnswers(1), '1.3': optionWith(1, '1.3', 2) };
    const response = await t.app.inject({
      method: 'POST',
      url: '/tu-danh-gia',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formBody({ set: '1', criteriaSet: '26/2026/QĐ-TTg', action: 'score' }, answers),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toContain('Hạng dự kiến: 4 sao');
    expect(response.body).toContain('99 / 100');
    expect(response.body).toContain('Để đạt 5★ bạn còn cần:');
    expect(response.body).toMatch(
      /1\.3 Gia tăng giá trị<\/span><\/a>: chọn ít nhất “Ứng dụng công nghệ tiên tiến/,
    );
    expect(response.body).toContain('name="answers[1.3]" value="1" checked');
    expect(response.body).toContain('name="answers[1.1]" value="2" checked');
  });

  it('shows the engine’s message when the form was tampered with', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/en/self-assessment',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formBody({ set: '1' }, { '1.1': 7 }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('role="alert"');
    expect(response.body).toContain('Tiêu chí 1.1 có 3 phương án');
  });
});

describe('self-assessment drafts for producers', () => {
  async function producerSession() {
    const commune = t.deps.adminUnits.communes2025Of('08')[0];
    if (!commune) throw new Error('no commune in province 08');
    const user = await buildUser(t.deps, { role: 'producer', provinceCode: '08', communeCode: commune.code });
    return loginAs(t.app, user.username);
  }
  const post = (cookie: string, fields: Record<string, string>, answers: Record<string, number>) =>
    t.app.inject({
      method: 'POST',
      url: '/tu-danh-gia',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: formBody({ set: '5', criteriaSet: '26/2026/QĐ-TTg', ...fields }, answers),
    });

  it('saves a producer’s answers with the CSRF field and reloads them on the next visit', async () => {
    const { cookie, csrfToken } = await producerSession();
    const page = await t.app.inject({ url: '/tu-danh-gia?set=5', headers: { cookie } });
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.body).toContain('value="save"');
    expect(page.body).toContain(`name="csrf" value="${csrfToken}"`);
    expect(page.body).not.toContain('Đã nạp bản nháp');

    const saved = await post(cookie, { action: 'save', csrf: csrfToken }, { '1.1': 1, '1.2': 2 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).toContain('Đã lưu nháp lúc');
    const again = await post(cookie, { action: 'save', csrf: csrfToken }, { '1.1': 2, '1.2': 2 });
    expect(again.statusCode).toBe(200);

    const reloaded = await t.app.inject({ url: '/tu-danh-gia?set=5', headers: { cookie } });
    expect(reloaded.body).toContain('Đã nạp bản nháp lưu lúc');
    expect(reloaded.body).toContain('name="answers[1.1]" value="2" checked');
    expect(reloaded.body).toContain('name="answers[1.2]" value="2" checked');
    expect(reloaded.body).toContain('Hạng dự kiến: 1 sao');
    const other = await t.app.inject({ url: '/tu-danh-gia?set=6', headers: { cookie } });
    expect(other.body).not.toContain('Đã nạp bản nháp');
  });

  it('refuses to save without the CSRF field, or with a wrong one, and keeps nothing', async () => {
    const { cookie, csrfToken } = await producerSession();
    const missing = await post(cookie, { action: 'save' }, { '1.1': 1 });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('mã chống giả mạo');
    expect(missing.body).toContain('name="answers[1.1]" value="1" checked');
    const wrong = await post(cookie, { action: 'save', csrf: `${csrfToken}x` }, { '1.1': 1 });
    expect(wrong.statusCode).toBe(403);
    const page = await t.app.inject({ url: '/tu-danh-gia?set=5', headers: { cookie } });
    expect(page.body).not.toContain('Đã nạp bản nháp');
  });

  it('gives anonymous visitors and other roles the result but no draft', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/tu-danh-gia',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formBody({ set: '5', action: 'save' }, { '1.1': 1 }),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toContain('value="save"');

    const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
    const { cookie, csrfToken } = await loginAs(t.app, officer.username);
    const page = await t.app.inject({ url: '/tu-danh-gia?set=5', headers: { cookie } });
    expect(page.body).not.toContain('value="save"');
    const refused = await post(cookie, { action: 'save', csrf: csrfToken }, { '1.1': 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Chỉ tài khoản chủ thể');
  });
});
