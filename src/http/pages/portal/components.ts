// Pieces shared by the portal's pages: stars, status badges, product cards, the pager, sale-point lists.
import type { ProductCardView } from '../../../app/portal/portal-views.ts';
import type { SalePointView } from '../../../app/portal/sale-point-view.ts';
import { fullAddress } from '../../../domain/portal/full-address.ts';
import type { CertificateStatusCode } from '../../../domain/registry/certificate-status-codes.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { LEAFLET_BASE } from './assets.ts';
import { producerPath, productPath, provincePath, salePointPath } from './paths.ts';
import { STATUS_BADGE, starsText } from './text.ts';

/** Stars as symbols (hidden from screen readers) followed by the words. */
export const stars = (lang: Lang, n: number): SafeHtml =>
  html`<span class="stars"><span aria-hidden="true">${'★'.repeat(n)}</span> ${starsText(lang, n)}</span>`;

export function statusBadge(lang: Lang, status: CertificateStatusCode): SafeHtml {
  const badge = STATUS_BADGE[status];
  return html`<span class="badge badge-${badge.tone}">${badge[lang]}</span>`;
}

export function productCards(
  lang: Lang,
  items: readonly ProductCardView[],
  headingLevel: 2 | 3 = 3,
): SafeHtml {
  const heading = (item: ProductCardView) =>
    headingLevel === 2
      ? html`<h2><a href="${productPath(lang, item.slug)}">${item.name}</a></h2>`
      : html`<h3><a href="${productPath(lang, item.slug)}">${item.name}</a></h3>`;
  return html`<ul class="cards">${items.map(
    (item) => html`<li class="card">
${item.thumbUrl ? html`<img src="${item.thumbUrl}" alt="" width="320" height="320" loading="lazy" decoding="async">` : html`<div class="noimg"></div>`}
${heading(item)}
<p>${stars(lang, item.stars)} ${statusBadge(lang, item.status)}</p>
<p class="muted"><a href="${producerPath(lang, item.producer.key)}">${item.producer.name}</a> · <a href="${provincePath(lang, item.province.code)}">${item.province.shortName}</a></p>
</li>`,
  )}</ul>`;
}

/** Page links; `href(n)` builds the URL of page n. */
export function pager(lang: Lang, page: number, pageCount: number, href: (n: number) => string): SafeHtml {
  if (pageCount <= 1) return html``;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const label = lang === 'vi' ? 'Phân trang' : 'Pages';
  const prev = lang === 'vi' ? 'Trang trước' : 'Previous';
  const next = lang === 'vi' ? 'Trang sau' : 'Next';
  const pageWord = lang === 'vi' ? 'Trang' : 'Page';
  return html`<nav class="pager" aria-label="${label}"><ul>
${page > 1 ? html`<li><a href="${href(page - 1)}" rel="prev">${prev}</a></li>` : ''}
${numbers.map((n) =>
  n === page
    ? html`<li><span aria-current="page">${pageWord} ${n}</span></li>`
    : html`<li><a href="${href(n)}" aria-label="${pageWord} ${n}">${n}</a></li>`,
)}
${page < pageCount ? html`<li><a href="${href(page + 1)}" rel="next">${next}</a></li>` : ''}
</ul></nav>`;
}

const LEVEL = {
  commune: { vi: 'Điểm cấp xã', en: 'Commune-level point' },
  province: { vi: 'Điểm cấp tỉnh', en: 'Province-level point' },
  national: { vi: 'Điểm cấp quốc gia', en: 'National point' },
} as const;

export const salePointLevel = (lang: Lang, level: SalePointView['level']) => LEVEL[level][lang];

/** The list (primary content); located points carry data-lat/data-lon for the optional map. */
export function salePointList(lang: Lang, points: readonly SalePointView[]): SafeHtml {
  return html`<ul class="places">${points.map(
    (s) => html`<li${s.lat !== null && s.lon !== null ? html` data-lat="${s.lat}" data-lon="${s.lon}"` : ''}>
<p><a href="${salePointPath(lang, s.slug)}"><strong>${s.name}</strong></a> · ${salePointLevel(lang, s.level)}</p>
<p>${fullAddress(s.address, s.commune ? [s.commune, s.province] : [s.province])}</p>
${s.openingHours ? html`<p class="muted">${lang === 'vi' ? 'Giờ mở cửa' : 'Opening hours'}: ${s.openingHours}</p>` : ''}
</li>`,
  )}</ul>`;
}

/** An empty box the map script fills when JavaScript runs and the tiles load (hidden otherwise). */
export function mapBox(lang: Lang, points: readonly SalePointView[]): SafeHtml {
  if (!points.some((s) => s.lat !== null)) return html``;
  const label = lang === 'vi' ? 'Bản đồ điểm bán (OpenStreetMap)' : 'Map of sale points (OpenStreetMap)';
  return html`<div id="map" class="map" role="region" aria-label="${label}" data-leaflet="${LEAFLET_BASE}" hidden></div>`;
}

/** Only http(s) links are emitted from stored URLs. */
export const safeUrl = (url: string | null | undefined): string | null =>
  url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
