import { describe, expect, it } from 'vitest';
import { parseProductKey } from './product-key.ts';
import { publicStatusOf } from './public-status.ts';
import { coordinatesProblem } from './sale-point-rules.ts';
import { slugOf } from './slug.ts';
import { nextAttemptAfterFailure, WEBHOOK_MAX_ATTEMPTS } from './webhook-retry.ts';
import { isValidWebhookSignature, signWebhook } from './webhook-signature.ts';
import { parseWebhookUrl } from './webhook-url.ts';

describe('parseProductKey', () => {
  it.each([
    ['3F2A9C10-0000-4000-8000-000000000001', { kind: 'id', id: '3f2a9c10-0000-4000-8000-000000000001' }],
    ['08-02245-7-2026', { kind: 'ocop_code', code: '08-02245-007-2026' }],
    ['08–02245–007–2026', { kind: 'ocop_code', code: '08-02245-007-2026' }],
    ['8934588012228', { kind: 'gtin', gtin: '8934588012228' }],
    ['08934588012228', { kind: 'gtin', gtin: '8934588012228' }],
    [' 893 4588 012228 ', { kind: 'gtin', gtin: '8934588012228' }],
    ['8934588012221', null],
    ['18934588012225', null],
    ['08-022-45', null],
    ['chè', null],
  ])('%s → %o', (text, expected) => {
    expect(parseProductKey(text)).toEqual(expected);
  });
});

describe('publicStatusOf', () => {
  const current = {
    validFrom: '2023-06-15',
    validTo: '2026-06-15',
    revokedOn: null,
    revocationGround: null,
    reEvaluationSince: null,
  };
  it.each([
    [null, '2026-01-01', 'none'],
    [current, '2025-06-14', 'valid'],
    [current, '2026-06-15', 'expiring'],
    [current, '2026-06-16', 'expired'],
    [{ ...current, reEvaluationSince: '2026-03-01' }, '2026-12-12', 'extended'],
    [{ ...current, reEvaluationSince: '2026-03-01' }, '2026-12-13', 'expired'],
    [{ ...current, revokedOn: '2025-01-02', revocationGround: 'c' }, '2025-01-02', 'revoked'],
    [{ ...current, revokedOn: '2025-01-02', revocationGround: 'c' }, '2025-01-01', 'valid'],
    [current, '2023-06-14', 'not_yet_valid'],
  ] as const)('%o on %s → %s', (dates, today, status) => {
    expect(publicStatusOf(dates, today).status).toBe(status);
  });
  it('gives the extension end and the revocation ground label', () => {
    expect(publicStatusOf({ ...current, reEvaluationSince: '2026-03-01' }, '2026-07-01')).toMatchObject({
      extendedUntil: '2026-12-12',
    });
    expect(
      publicStatusOf({ ...current, revokedOn: '2025-01-02', revocationGround: 'dd' }, '2025-02-01'),
    ).toMatchObject({
      revocation: {
        revokedOn: '2025-01-02',
        ground: 'dd',
        groundLabelEn: expect.stringContaining('no longer'),
      },
    });
  });
});

describe('webhook retries', () => {
  it('backs off 1 min, 5 min, 30 min, 2 h, 12 h, then gives up', () => {
    const at = new Date('2026-11-22T00:00:00Z');
    const waits = [1, 2, 3, 4, 5].map(
      (n) => ((nextAttemptAfterFailure(n, at)?.getTime() ?? 0) - at.getTime()) / 60_000,
    );
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(nextAttemptAfterFailure(WEBHOOK_MAX_ATTEMPTS, at)).toBeNull();
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of "{timestamp}.{body}" (a known vector) and verifies', () => {
    const signature = signWebhook('whsec_test', 1_700_000_000, '{"a":1}');
    // openssl: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(signature).toBe('sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789');
    expect(isValidWebhookSignature('whsec_test', 1_700_000_000, '{"a":1}', signature)).toBe(true);
    expect(isValidWebhookSignature('whsec_test', 1_700_000_001, '{"a":1}', signature)).toBe(false);
    expect(isValidWebhookSignature('whsec_other', 1_700_000_000, '{"a":1}', signature)).toBe(false);
  });
});

describe('parseWebhookUrl', () => {
  it.each([
    ['https://api.shopee.vn/ocop/webhook', true],
    ['http://127.0.0.1:4000/hook', true],
    ['http://localhost/hook', true],
    ['http://shop.vn/hook', false],
    ['https://user:pw@shop.vn/hook', false],
    ['https://shop.vn/hook#x', false],
    ['ftp://shop.vn/hook', false],
    ['https://intranet/hook', false],
    ['không phải địa chỉ', false],
  ])('%s → %s', (url, isOk) => {
    expect(parseWebhookUrl(url).ok).toBe(isOk);
  });
});

describe('sale points', () => {
  it.each([
    [21.8183, 105.2115, null],
    [null, null, null],
    [21.8, null, 'Cần cả vĩ độ và kinh độ (hoặc bỏ trống cả hai).'],
    [105.2115, 21.8183, expect.stringContaining('đảo chỗ')],
    [48.85, 2.35, expect.stringContaining('ngoài Việt Nam')],
  ])('coordinates %s, %s → %s', (lat, lon, problem) => {
    expect(coordinatesProblem(lat, lon)).toEqual(problem);
  });
  it('slugs fold Vietnamese and keep a piece of the id', () => {
    expect(
      slugOf('Điểm bán sản phẩm OCOP Tân Trào', '3f2a9c10-0000-4000-8000-000000000001', 'diem-ban'),
    ).toBe('diem-ban-san-pham-ocop-tan-trao-3f2a9c');
    expect(slugOf('★★★', 'abcdef12-0000', 'su-kien')).toBe('su-kien-abcdef');
  });
});
