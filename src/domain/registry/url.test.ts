import { describe, expect, it } from 'vitest';
import { classifyMarketplace, parseSaleChannelUrl } from './url.ts';

describe('parseSaleChannelUrl — accepted', () => {
  it.each([
    ['https://shopee.vn/hoptacxa_cheshan', 'https://shopee.vn/hoptacxa_cheshan', 'shopee'],
    ['https://vn.shp.ee/abc123', 'https://vn.shp.ee/abc123', 'shopee'],
    ['shopee.vn/shop/123', 'https://shopee.vn/shop/123', 'shopee'],
    ['HTTPS://TIKI.VN/cua-hang/ocop', 'https://tiki.vn/cua-hang/ocop', 'tiki'],
    ['https://www.lazada.vn/shop/abc', 'https://www.lazada.vn/shop/abc', 'lazada'],
    ['https://postmart.vn/gian-hang/123', 'https://postmart.vn/gian-hang/123', 'postmart'],
    ['https://voso.vn/shop/1', 'https://voso.vn/shop/1', 'voso'],
    ['http://www.sendo.vn/shop/x', 'http://www.sendo.vn/shop/x', 'sendo'],
    ['https://shop.tiktok.com/view/product/1729', 'https://shop.tiktok.com/view/product/1729', 'tiktok'],
    ['https://www.tiktok.com/@htxcheshan', 'https://www.tiktok.com/@htxcheshan', 'tiktok'],
    ['https://vt.tiktok.com/ZSabc/', 'https://vt.tiktok.com/ZSabc/', 'tiktok'],
    ['https://m.facebook.com/htxcheshan', 'https://m.facebook.com/htxcheshan', 'facebook'],
    ['https://fb.com/htxcheshan', 'https://fb.com/htxcheshan', 'facebook'],
    ['https://zalo.me/0912345678', 'https://zalo.me/0912345678', 'zalo'],
    ['//cheshan.vn', 'https://cheshan.vn/', 'website'],
    [
      'https://cheshan.com.vn:8443/san-pham?id=1#mua',
      'https://cheshan.com.vn:8443/san-pham?id=1#mua',
      'website',
    ],
    ['cheshan.vn:8080/x', 'https://cheshan.vn:8080/x', 'website'],
    ['https://chè-shan.vn/', 'https://xn--ch-shan-3xa.vn/', 'website'],
    ['https://shopee.vn.example.com/x', 'https://shopee.vn.example.com/x', 'website'],
    ['https://myshopee.vn/x', 'https://myshopee.vn/x', 'website'],
    ['https://8.8.8.8/', 'https://8.8.8.8/', 'website'],
  ] as const)('%j → %s (%s)', (input, url, marketplace) => {
    const r = parseSaleChannelUrl(input);
    expect(r).toMatchObject({ ok: true, value: { url, marketplace } });
  });
});

describe('parseSaleChannelUrl — refused', () => {
  it.each([
    ['', /Chưa nhập/],
    ['javascript:alert(1)', /http:\/\/ hoặc https:\/\/.*javascript/],
    ['JavaScript:alert(document.cookie)', /javascript/],
    ['data:text/html,<script>alert(1)</script>', /data/],
    ['ftp://cheshan.vn/file', /ftp/],
    ['mailto:htx@cheshan.vn', /mailto/],
    ['file:///etc/passwd', /file/],
    ['https://user:pass@shopee.vn/x', /tên đăng nhập/],
    ['https://admin@cheshan.vn/', /tên đăng nhập/],
    ['http://localhost:3000/admin', /nội bộ/],
    ['localhost:3000', /nội bộ/],
    ['http://api.localhost/', /nội bộ/],
    ['http://printer.local/', /nội bộ/],
    ['http://127.0.0.1/', /IP nội bộ/],
    ['http://2130706433/', /IP nội bộ/], // 127.0.0.1 in decimal
    ['http://0x7f.0.0.1/', /IP nội bộ/],
    ['http://10.1.2.3/', /IP nội bộ/],
    ['http://172.16.0.1/', /IP nội bộ/],
    ['http://172.31.255.255/', /IP nội bộ/],
    ['http://192.168.1.1/', /IP nội bộ/],
    ['http://169.254.169.254/latest/meta-data', /IP nội bộ/],
    ['http://100.64.0.1/', /IP nội bộ/],
    ['http://0.0.0.0/', /IP nội bộ/],
    ['http://[::1]/', /IP nội bộ/],
    ['http://[fd00::1]/', /IP nội bộ/],
    ['http://[fe80::1]/', /IP nội bộ/],
    ['http://[::ffff:192.168.0.1]/', /IP nội bộ/],
    ['https://shopee/', /Tên miền/],
    ['https://shop_ee.vn/', /Tên miền/],
    ['https://-shopee.vn/', /Tên miền/],
    ['https://shopee.v1/', /Tên miền/],
    ['https://shopee.vn /x', /khoảng trắng/],
    ['https://', /không hợp lệ/],
  ] as const)('%j is refused', (input, message) => {
    const r = parseSaleChannelUrl(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('accepts the edges of the private ranges as public', () => {
    for (const ip of ['172.15.255.255', '172.32.0.1', '100.63.255.255', '11.0.0.1']) {
      expect(parseSaleChannelUrl(`http://${ip}/`).ok, ip).toBe(true);
    }
  });
});

describe('classifyMarketplace', () => {
  it.each([
    ['shopee.vn', 'shopee'],
    ['SHOPEE.VN.', 'shopee'],
    ['tiktok.com', 'tiktok'],
    ['nottiktok.com', 'website'],
    ['zalo.me', 'zalo'],
    ['zalo.vn', 'website'],
  ] as const)('%s → %s', (host, marketplace) => {
    expect(classifyMarketplace(host)).toBe(marketplace);
  });
});
