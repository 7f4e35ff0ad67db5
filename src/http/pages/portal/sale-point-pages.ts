// Sale points: the list of all of them (with the optional map) and one sale point's page.

import type { SalePointView } from '../../../app/portal/sale-point-view.ts';
import type { PublicSalePointPage } from '../../../app/portal/sale-points.ts';
import { fullAddress } from '../../../domain/portal/full-address.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { mapBox, productCards, safeUrl, salePointLevel, salePointList } from './components.ts';
import { formatDate } from './format.ts';
import { provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const TEXT = {
  vi: {
    title: 'Điểm giới thiệu và bán sản phẩm OCOP',
    description: 'Danh sách và bản đồ các điểm giới thiệu, bán sản phẩm OCOP trên cả nước.',
    lead: 'Danh sách các điểm được công nhận, theo tỉnh. Bản đồ hiện khi trình duyệt bật JavaScript và có kết nối mạng.',
    none: 'Chưa có điểm bán nào được ghi nhận.',
    level: 'Cấp',
    address: 'Địa chỉ',
    hours: 'Giờ mở cửa',
    phone: 'Điện thoại',
    website: 'Trang web',
    recognised: 'Công nhận',
    products: 'Sản phẩm OCOP đang bán',
    noProducts: 'Chưa có sản phẩm nào được ghi nhận tại điểm này.',
  },
  en: {
    title: 'OCOP product showrooms and sale points',
    description: 'List and map of the OCOP product showrooms and sale points across Vietnam.',
    lead: 'Recognised sale points, by province. The map appears when JavaScript is on and the network is available.',
    none: 'No sale point is recorded yet.',
    level: 'Level',
    address: 'Address',
    hours: 'Opening hours',
    phone: 'Phone',
    website: 'Website',
    recognised: 'Recognised',
    products: 'OCOP products on sale',
    noProducts: 'No product is recorded at this sale point yet.',
  },
} as const;

export function renderSalePointsPage(
  lang: Lang,
  publicBaseUrl: string,
  points: readonly SalePointView[],
): string {
  const t = TEXT[lang];
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
${points.length === 0 ? html`<p>${t.none}</p>` : html`${mapBox(lang, points)}${salePointList(lang, points)}`}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'salePoints',
    title: t.title,
    description: t.description,
    hasMap: points.some((s) => s.lat !== null),
    body,
  });
}

export function renderSalePointPage(lang: Lang, publicBaseUrl: string, d: PublicSalePointPage): string {
  const t = TEXT[lang];
  const s = d.point;
  const website = safeUrl(s.website);
  const recognised = [s.recognisedBy, s.recognisedOn ? formatDate(lang, s.recognisedOn) : null]
    .filter(Boolean)
    .join(', ');
  const body = html`<h1>${s.name}</h1>
<dl class="facts"${s.lat !== null && s.lon !== null ? html` data-lat="${s.lat}" data-lon="${s.lon}" data-name="${s.name}"` : ''}>
<dt>${t.level}</dt><dd>${salePointLevel(lang, s.level)}</dd>
<dt>${t.address}</dt><dd>${fullAddress(s.address, s.commune ? [s.commune, s.province] : [s.province])} (<a href="${provincePath(lang, s.province.code)}">${s.province.shortName}</a>)</dd>
${s.openingHours ? html`<dt>${t.hours}</dt><dd>${s.openingHours}</dd>` : ''}
${s.phone ? html`<dt>${t.phone}</dt><dd><a href="tel:${s.phone.replace(/[^\d+]/g, '')}">${s.phone}</a></dd>` : ''}
${website ? html`<dt>${t.website}</dt><dd><a href="${website}" rel="noopener">${website}</a></dd>` : ''}
${recognised ? html`<dt>${t.recognised}</dt><dd>${recognised}</dd>` : ''}
</dl>
${mapBox(lang, [s])}
<h2>${t.products} (${d.products.length})</h2>
${d.products.length === 0 ? html`<p>${t.noProducts}</p>` : productCards(lang, d.products)}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'salePoints',
    rest: `/${encodeURIComponent(s.slug)}`,
    title: `${s.name} — ${t.title}`,
    description: `${s.name}: ${s.address}, ${s.province.name}.`,
    hasMap: s.lat !== null,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Store',
      name: s.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: s.address,
        addressRegion: s.province.name,
        addressCountry: 'VN',
      },
      ...(s.lat !== null && s.lon !== null
        ? { geo: { '@type': 'GeoCoordinates', latitude: s.lat, longitude: s.lon } }
        : {}),
      ...(s.phone ? { telephone: s.phone } : {}),
      ...(s.openingHours ? { openingHours: s.openingHours } : {}),
    },
    body,
  });
}
