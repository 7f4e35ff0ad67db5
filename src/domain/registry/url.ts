// Sale-channel URLs (shop pages on marketplaces, social pages, the producer's own website).
//
// Accepted: http/https only, a public DNS host name or a public IP address; a URL typed without scheme
// ("shopee.vn/shop/123") gets https://. Refused: other schemes (javascript:, data:, file:, ftp:, mailto:…),
// user name/password in the URL, localhost and reserved names (.localhost, .local, .internal, single-label
// hosts), and IP literals in private, loopback, link-local, CGNAT, multicast or reserved ranges.
// The marketplace is read from the host: the registrable domain or any of its subdomains
// ("vn.shp.ee" is Shopee; "shopee.vn.example.com" is a website).

import { type Failure, fail, ok, type Result } from './result.ts';

export const MARKETPLACES = [
  'shopee',
  'tiki',
  'lazada',
  'postmart',
  'voso',
  'sendo',
  'tiktok',
  'facebook',
  'zalo',
  'website',
] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** Domain → marketplace. shp.ee is Shopee's link shortener; shop.tiktok.com is a subdomain of tiktok.com. */
const MARKETPLACE_DOMAINS: readonly (readonly [string, Marketplace])[] = [
  ['shopee.vn', 'shopee'],
  ['shp.ee', 'shopee'],
  ['tiki.vn', 'tiki'],
  ['lazada.vn', 'lazada'],
  ['postmart.vn', 'postmart'],
  ['voso.vn', 'voso'],
  ['sendo.vn', 'sendo'],
  ['tiktok.com', 'tiktok'],
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['zalo.me', 'zalo'],
];

export interface SaleChannelUrl {
  /** Normalised absolute URL (WHATWG serialisation: lower-case host, punycode, default port dropped). */
  readonly url: string;
  readonly host: string;
  readonly marketplace: Marketplace;
}

export function classifyMarketplace(host: string): Marketplace {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [domain, marketplace] of MARKETPLACE_DOMAINS) {
    if (h === domain || h.endsWith(`.${domain}`)) return marketplace;
  }
  return 'website';
}

function isNonPublicIpv4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (m === null) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT 100.64/10
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // 192.0.0/24 protocol assignments, 192.0.2/24 documentation
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

function isNonPublicIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const ip = host.slice(1, -1).toLowerCase();
  return (
    ip === '::' ||
    ip === '::1' ||
    /^f[cd]/.test(ip) || // unique local fc00::/7
    /^fe[89ab]/.test(ip) || // link-local fe80::/10
    /^fe[c-f]/.test(ip) || // site-local (deprecated)
    /^ff/.test(ip) || // multicast
    ip.startsWith('::ffff:') || // IPv4-mapped: refuse rather than re-check the embedded address
    ip.startsWith('64:ff9b:') || // NAT64
    ip.startsWith('2001:db8:') // documentation
  );
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const RESERVED_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'localdomain',
  'home.arpa',
  'invalid',
  'test',
  'example',
];

const PRIVATE_IP = fail(
  'Không nhận địa chỉ IP nội bộ hay dành riêng.',
  'Private, loopback or reserved IP addresses are refused.',
);

/** Why a (WHATWG-normalised) host name is refused, or null when it is acceptable. */
function hostProblem(host: string): Failure | null {
  if (host.startsWith('[')) return isNonPublicIpv6(host) ? PRIVATE_IP : null;
  if (/^[\d.]+$/.test(host)) return isNonPublicIpv4(host) ? PRIVATE_IP : null;
  const name = host.replace(/\.$/, '');
  if (RESERVED_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`))) {
    return fail('Không nhận địa chỉ máy nội bộ (localhost…).', 'Local or reserved host names are refused.');
  }
  const labels = name.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (name.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(tld)) {
    return fail(`Tên miền "${host}" không hợp lệ.`, `"${host}" is not a valid domain name.`);
  }
  return null;
}

/** Validates a sale-channel URL and tells which marketplace it belongs to. */
export function parseSaleChannelUrl(text: string): Result<SaleChannelUrl> {
  const input = text.trim();
  if (input === '') return fail('Chưa nhập đường dẫn.', 'The URL is empty.');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)?.[1]?.toLowerCase();
  const hasHostPort = /^[^/:]+:\d+(?:[/?#]|$)/.test(input); // "shop.vn:8080/x" is a host, not a scheme
  if (scheme !== undefined && !hasHostPort && scheme !== 'http' && scheme !== 'https') {
    return fail(
      `Chỉ nhận đường dẫn http:// hoặc https:// (không nhận "${scheme}:").`,
      `Only http:// and https:// URLs are accepted (not "${scheme}:").`,
    );
  }
  if (/[\s<>"`]/.test(input)) {
    return fail(
      'Đường dẫn không được chứa khoảng trắng hay ký tự < > " `.',
      'The URL contains invalid characters.',
    );
  }
  const absolute = scheme !== undefined && !hasHostPort ? input : `https://${input.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return fail('Đường dẫn không hợp lệ.', 'The URL cannot be parsed.');
  }
  if (url.username !== '' || url.password !== '') {
    return fail(
      'Đường dẫn không được chứa tên đăng nhập hay mật khẩu.',
      'The URL must not contain a user name or password.',
    );
  }
  const problem = hostProblem(url.hostname);
  if (problem !== null) return problem;
  const host = url.hostname.replace(/\.$/, '');
  return ok({ url: url.href, host, marketplace: classifyMarketplace(host) });
}
