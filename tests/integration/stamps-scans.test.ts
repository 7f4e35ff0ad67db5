import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../src/app/jobs/run-daily-jobs.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { detectCopiedStamps } from '../../src/app/stamps/detect-copied-stamps.ts';
import { flushStampScans } from '../../src/app/stamps/stamp-runtime.ts';
import { auditLog, misuseReports, stampScans, stamps } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { newStampCode } from '../../src/domain/stamps/stamp-code.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
let producer: ProducerView;
const as: Record<string, LoggedIn> = {};
const NOW = new Date('2026-11-22T03:00:00Z');
let officerUsername = '';
const HANOI = { lat: 21.028511, lon: 105.854167 };
const SAIGON = { lat: 10.7769, lon: 106.7009 };
const UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36';

async function stampCodes(quantity = 2): Promise<{ productId: string; codes: string[] }> {
  const product = await buildProduct(t.deps, registrar, producer.id);
  await certify(t.deps, registrar, product.id, { stars: 3, validFrom: '2025-06-15' });
  const batch = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: as.officer?.headers,
    payload: { productId: product.id, quantity },
  });
  expect(batch.statusCode, batch.body).toBe(201);
  const rows = await t.deps.db
    .select()
    .from(stamps)
    .where(eq(stamps.batchId, batch.json().id))
    .orderBy(stamps.serial);
  return { productId: product.id, codes: rows.map((r) => r.code) };
}

const scan = (url: string, remoteAddress: string, userAgent = UA) =>
  t.app.inject({ method: 'GET', url, remoteAddress, headers: { 'user-agent': userAgent } });
const scansOf = async (code: string) => {
  await flushStampScans(t.deps);
  return t.deps.db.select().from(stampScans).where(eq(stampScans.code, code)).orderBy(stampScans.id);
};
const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: as[who]?.headers, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 5) });
  const users = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    hanoi: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    saigon: await buildUser(t.deps, { role: 'province_officer', provinceCode: '79' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(t.app, user.username);
  officerUsername = users.officer.username;
});
afterAll(() => t?.close());

describe('scan log', () => {
  it('records each scan with a daily client hash, the channel, a coarse position and its province', async () => {
    const { productId, codes } = await stampCodes();
    const code = codes[0] ?? '';
    await scan(`/v/${code}`, '192.0.2.44', `${UA} ${'x'.repeat(300)}`);
    await scan(`/api/v1/public/verify/${code}?lat=${HANOI.lat}&lon=${HANOI.lon}`, '192.0.2.45');
    const rows = await scansOf(code);
    expect(rows.map((r) => r.channel)).toEqual(['page', 'api']);
    const [page, api] = rows;
    expect(page).toMatchObject({ productId, lat: null, provinceCode: null, at: NOW });
    expect(page?.userAgent).toHaveLength(200);
    expect(page?.clientHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('192.0.2');
    expect(api).toMatchObject({ lat: '21.03', lon: '105.85', provinceCode: '01' });
    expect(api?.clientHash).not.toBe(page?.clientHash);
  });

  it('adds the position the page sends after the scan to that client’s scan, buffered or written', async () => {
    const { codes } = await stampCodes();
    const code = codes[0] ?? '';
    const locate = (address: string, position: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/public/verify/${code}/location`,
        remoteAddress: address,
        headers: { 'user-agent': UA },
        payload: position,
      });
    await scan(`/v/${code}`, '192.0.2.50');
    expect((await locate('192.0.2.50', SAIGON)).statusCode).toBe(204); // still in the buffer
    await scan(`/v/${code}`, '192.0.2.51');
    await flushStampScans(t.deps);
    expect((await locate('192.0.2.51', HANOI)).statusCode).toBe(204); // already written
    expect((await locate('192.0.2.99', HANOI)).statusCode).toBe(204); // no scan of that client: nothing
    const rows = await scansOf(code);
    expect(rows.map((r) => r.provinceCode)).toEqual(['79', '01']);
    expect(rows.map((r) => r.lat)).toEqual(['10.78', '21.03']);
  });

  it('logs unknown codes without a product and ignores malformed ones', async () => {
    const unknown = newStampCode((n) => new Uint8Array(n).fill(3));
    await scan(`/v/${unknown}`, '192.0.2.60');
    await scan('/v/not-a-code', '192.0.2.60');
    expect((await scansOf(unknown)).map((r) => r.productId)).toEqual([null]);
    expect(await scansOf('not-a-code')).toHaveLength(0);
  });
});

describe('copied-stamp detection', () => {
  it('flags a code scanned by too many clients or in two provinces, once, for the product’s province', async () => {
    const { codes } = await stampCodes(3);
    const [busy = '', travelled = '', quiet = ''] = codes;
    for (let i = 0; i < 21; i++) await scan(`/v/${busy}`, `10.1.0.${i + 1}`);
    await scan(`/api/v1/public/verify/${travelled}?lat=${HANOI.lat}&lon=${HANOI.lon}`, '10.2.0.1');
    await scan(`/api/v1/public/verify/${travelled}?lat=${SAIGON.lat}&lon=${SAIGON.lon}`, '10.2.0.2');
    for (let i = 0; i < 5; i++) await scan(`/v/${quiet}`, `10.3.0.${i + 1}`);
    await flushStampScans(t.deps);

    const raised = await detectCopiedStamps(t.deps, new Date(NOW.getTime() + 60_000));
    const mine = raised.filter((f) => codes.includes(f.code));
    expect(mine.map((f) => [f.code, f.reason]).sort()).toEqual(
      [
        [busy, 'many_scans'],
        [travelled, 'many_provinces'],
      ].sort(),
    );
    expect(mine.every((f) => f.provinceCode === '08' && f.state === 'open')).toBe(true);
    expect(mine.find((f) => f.code === busy)?.details).toMatchObject({ clients: 21, limit: 20 });
    expect(mine.find((f) => f.code === travelled)?.details).toMatchObject({ provinces: ['01', '79'] });
    expect(await detectCopiedStamps(t.deps, new Date(NOW.getTime() + 120_000))).toEqual([]);

    const list = await call('officer', 'GET', `/api/v1/stamp-flags?state=open&code=${busy}`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ code: busy, reason: 'many_scans' }] });
    expect((await call('hanoi', 'GET', `/api/v1/stamp-flags?code=${busy}`)).json().total).toBe(0);
    const flagId = list.json().items[0].id;
    const detail = await call('officer', 'GET', `/api/v1/stamp-flags/${flagId}`);
    expect(detail.json().recentScans).toHaveLength(21);
    expect((await call('hanoi', 'POST', `/api/v1/stamp-flags/${flagId}/dismiss`, {})).statusCode).toBe(403);
    const dismissed = await call('officer', 'POST', `/api/v1/stamp-flags/${flagId}/dismiss`, {
      note: 'Tem trưng bày tại hội chợ, nhiều khách quét thử.',
    });
    expect(dismissed.json()).toMatchObject({
      state: 'dismissed',
      note: 'Tem trưng bày tại hội chợ, nhiều khách quét thử.',
    });
    expect((await call('officer', 'POST', `/api/v1/stamp-flags/${flagId}/confirm`, {})).json().code).toBe(
      'STAMP_FLAG_HANDLED',
    );
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'stamp_flag'), eq(auditLog.entityId, flagId)));
    expect(audit.map((a) => a.action)).toEqual(['dismiss']);

    // The same day's scans do not raise a dismissed flag again; the daily job runs the same detection.
    const daily = await runDailyJobs(t.deps, new Date(NOW.getTime() + 180_000));
    expect(daily.jobs.find((j) => j.name === 'detect-copied-stamps')).toMatchObject({ ran: true });
    expect((await call('officer', 'GET', `/api/v1/stamp-flags?state=open&code=${busy}`)).json().total).toBe(
      0,
    );
  });
});

describe('copied-stamp notifications', () => {
  it('tells the province office once a day when the daily job raises flags', async () => {
    const { codes } = await stampCodes(1);
    const later = new Date(NOW.getTime() + 2 * 86_400_000); // a day of its own for job_runs
    t.setNow(later);
    for (let i = 0; i < 21; i++) await scan(`/v/${codes[0]}`, `10.9.0.${i + 1}`);
    await flushStampScans(t.deps);
    const daily = await runDailyJobs(t.deps, new Date(later.getTime() + 60_000));
    expect(daily.jobs.find((j) => j.name === 'detect-copied-stamps')).toMatchObject({
      ran: true,
      notified: 1,
    });
    as.officer = await loginAs(t.app, officerUsername);
    const notes = await call('officer', 'GET', '/api/v1/notifications');
    const titles = notes.json<{ items: { kind: string; title: string }[] }>().items;
    expect(titles.filter((n) => n.kind === 'stamp_flags').map((n) => n.title)).toEqual([
      'Phát hiện 1 tem OCOP nghi bị sao chép',
    ]);
    t.setNow(NOW);
  });
});

describe('misuse reports', () => {
  const report = (payload: object, remoteAddress = '192.0.2.80') =>
    t.app.inject({ method: 'POST', url: '/api/v1/public/reports', remoteAddress, payload });

  it('routes a report to the product’s province, else the province of the position, else the ministry', async () => {
    const { codes } = await stampCodes();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c03030' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-exif' } } })
      .toBuffer();
    const withProduct = await report({
      code: codes[0],
      note: 'Tem dán đè lên tem cũ, mép tem bị rách.',
      place: 'Chợ Đồng Xuân',
      contact: '0912 345 678',
      photoBase64: `data:image/jpeg;base64,${photo.toString('base64')}`,
    });
    expect(withProduct.statusCode, withProduct.body).toBe(201);
    expect(withProduct.json()).toMatchObject({ state: 'new', provinceCode: '08', hasPhoto: true });

    const fakeCode = newStampCode((n) => new Uint8Array(n).fill(9));
    const located = await report({ code: fakeCode, note: 'Mã tem không có trong hệ thống.', ...SAIGON });
    expect(located.json()).toMatchObject({ provinceCode: '79', hasPhoto: false });
    const nowhere = await report({ code: 'ABC-123', note: 'Tem in mờ, không quét được mã.' });
    expect(nowhere.json()).toMatchObject({ provinceCode: null });

    const [row] = await t.deps.db
      .select()
      .from(misuseReports)
      .where(eq(misuseReports.id, withProduct.json().id));
    expect(row).toMatchObject({ code: codes[0], place: 'Chợ Đồng Xuân', state: 'new' });
    const stored = await call('officer', 'GET', `/api/v1/misuse-reports/${withProduct.json().id}/photo`);
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('image/webp');
    expect(stored.rawPayload.includes(Buffer.from('secret-exif'))).toBe(false);
    expect(
      (await call('hanoi', 'GET', `/api/v1/misuse-reports/${withProduct.json().id}/photo`)).statusCode,
    ).toBe(403);

    const mine = (await call('officer', 'GET', '/api/v1/misuse-reports?state=new')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(withProduct.json().id);
    expect(mine.items.every((r: { provinceCode: string }) => r.provinceCode === '08')).toBe(true);
    const saigon = (await call('saigon', 'GET', '/api/v1/misuse-reports')).json();
    expect(saigon.items.map((r: { id: string }) => r.id)).toEqual([located.json().id]);
    const unrouted = (await call('ministry', 'GET', '/api/v1/misuse-reports?province=none')).json();
    expect(unrouted.items.map((r: { id: string }) => r.id)).toContain(nowhere.json().id);
    expect((await call('hanoi', 'GET', '/api/v1/misuse-reports?province=none')).statusCode).toBe(403);
  });

  it('refuses what is not a photo or is too big', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const notPhoto = await report(
      { note: 'Ảnh động của tem giả.', photoBase64: gif.toString('base64') },
      '192.0.2.81',
    );
    expect(notPhoto.statusCode).toBe(415);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 1);
    const tooBig = await report(
      { note: 'Ảnh rất lớn của tem.', photoBase64: big.toString('base64') },
      '192.0.2.82',
    );
    expect(tooBig.statusCode).toBe(413);
  });

  it('is handled by the office: investigating, then closed with the resolution, audited', async () => {
    const { codes } = await stampCodes();
    const id = (
      await report({ code: codes[1], note: 'Sản phẩm khác loại nhưng mang tem này.' }, '192.0.2.83')
    ).json().id;
    const url = `/api/v1/misuse-reports/${id}`;
    expect((await call('hanoi', 'PATCH', url, { state: 'investigating' })).statusCode).toBe(403);
    expect((await call('officer', 'PATCH', url, { state: 'investigating' })).json()).toMatchObject({
      state: 'investigating',
    });
    const noResolution = await call('officer', 'PATCH', url, { state: 'closed' });
    expect(noResolution.json()).toMatchObject({ code: 'MISUSE_REPORT_CHANGE_INVALID' });
    const closed = await call('officer', 'PATCH', url, {
      state: 'closed',
      resolution: 'Đã kiểm tra cửa hàng, lập biên bản.',
    });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      resolution: 'Đã kiểm tra cửa hàng, lập biên bản.',
    });
    expect((await call('officer', 'PATCH', url, { resolution: 'Sửa lại' })).statusCode).toBe(409);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'misuse_report'), eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('accepts the plain HTML form without JavaScript and answers with a page', async () => {
    const { codes } = await stampCodes();
    const response = await t.app.inject({
      method: 'POST',
      url: `/v/${codes[0]}/bao-cao`,
      remoteAddress: '192.0.2.84',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        code: codes[0] ?? '',
        note: 'Tem bị bóc ra dán lại.',
        place: 'Hà Giang',
      }).toString(),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Đã nhận báo cáo của bạn');
    const rows = await t.deps.db
      .select()
      .from(misuseReports)
      .where(eq(misuseReports.code, codes[0] ?? ''));
    expect(rows).toMatchObject([{ note: 'Tem bị bóc ra dán lại.', place: 'Hà Giang', provinceCode: '08' }]);
    const short = await t.app.inject({
      method: 'POST',
      url: `/v/${codes[0]}/bao-cao`,
      remoteAddress: '192.0.2.84',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'note=abc',
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Chưa gửi được báo cáo');
    // The JSON API does not take forms.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect(login.statusCode).toBe(415);
  });
});
