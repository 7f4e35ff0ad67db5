// The portal's home page: search box, live counts by stars, featured products, coming fairs.
import type { PublicHomePage } from '../../app/portal/get-home-page.ts';
import { html } from './html.ts';
import type { Lang } from './layout.ts';
import { productCards } from './portal/components.ts';
import { eventKindLabel } from './portal/events-page.ts';
import { formatCount, formatRange } from './portal/format.ts';
import { pathOf } from './portal/paths.ts';
import { portalPage } from './portal/portal-layout.ts';

const TEXT = {
  vi: {
    title: 'Sản phẩm OCOP — Chương trình Mỗi xã một sản phẩm',
    description:
      'Tra cứu sản phẩm OCOP được chứng nhận trên cả nước: hạng sao, tình trạng giấy chứng nhận, chủ thể, nơi bán, hội chợ.',
    heading: 'Sản phẩm OCOP — Chương trình Mỗi xã một sản phẩm',
    lead: 'Tra cứu sản phẩm được chứng nhận OCOP, kiểm tra giấy chứng nhận còn hiệu lực hay không và tìm nơi bán.',
    searchLabel: 'Tìm sản phẩm hoặc chủ thể',
    searchPlaceholder: 'Ví dụ: chè shan tuyết, mật ong',
    search: 'Tìm kiếm',
    countsHeading: 'Sản phẩm đang có giấy chứng nhận còn hiệu lực',
    total: 'Tổng số',
    stars: (n: number) => `${n} sao`,
    byProvince: 'Số liệu theo tỉnh, thành phố',
    featured: 'Sản phẩm 4–5 sao mới được chứng nhận',
    all: 'Xem tất cả sản phẩm',
    events: 'Hội chợ, sự kiện sắp diễn ra',
    noEvents: 'Chưa có hội chợ, sự kiện sắp diễn ra.',
    allEvents: 'Lịch hội chợ, sự kiện',
  },
  en: {
    title: 'OCOP products — One Commune One Product',
    description:
      "Find Vietnam's certified OCOP products: star rating, live certificate status, producer, where to buy, fairs.",
    heading: 'OCOP products — One Commune One Product',
    lead: 'Find OCOP-certified products, check whether a certificate is still valid, and see where to buy them.',
    searchLabel: 'Search products or producers',
    searchPlaceholder: 'e.g. che shan tuyet, mat ong',
    search: 'Search',
    countsHeading: 'Products with a certificate in force',
    total: 'Total',
    stars: (n: number) => `${n} stars`,
    byProvince: 'Figures by province',
    featured: 'Recently certified 4–5 star products',
    all: 'See all products',
    events: 'Coming fairs and events',
    noEvents: 'No fairs or events are scheduled yet.',
    allEvents: 'Fairs and events calendar',
  },
} as const;

export function renderHomePage(lang: Lang, publicBaseUrl: string, data: PublicHomePage): string {
  const t = TEXT[lang];
  const products = pathOf(lang, 'products');
  const body = html`<h1>${t.heading}</h1>
<p class="lead">${t.lead}</p>
<form class="search" action="${products}" method="get" role="search">
<label for="q">${t.searchLabel}</label>
<input id="q" name="q" type="search" placeholder="${t.searchPlaceholder}" autocomplete="off">
<button type="submit">${t.search}</button>
</form>
<h2>${t.countsHeading}</h2>
<ul class="counts">
<li><strong>${formatCount(lang, data.counts.total)}</strong><a href="${products}">${t.total}</a></li>
${([5, 4, 3] as const).map(
  (n) =>
    html`<li><strong>${formatCount(lang, data.counts.byStars[n])}</strong><a href="${products}?stars=${n}">${t.stars(n)}</a></li>`,
)}
</ul>
<p><a href="${pathOf(lang, 'statistics')}">${t.byProvince}</a></p>
${data.featured.length > 0 ? html`<h2>${t.featured}</h2>${productCards(lang, data.featured)}` : ''}
<p><a href="${products}">${t.all}</a></p>
<h2>${t.events}</h2>
${
  data.events.length === 0
    ? html`<p>${t.noEvents}</p>`
    : html`<ul class="places">${data.events.map(
        (e) =>
          html`<li><p><strong>${e.name}</strong> · ${eventKindLabel(lang, e.kind)}</p><p>${formatRange(lang, e.startsOn, e.endsOn)} · ${e.place}</p></li>`,
      )}</ul>`
}
<p><a href="${pathOf(lang, 'events')}">${t.allEvents}</a></p>`;
  return portalPage({ lang, publicBaseUrl, kind: 'home', title: t.title, description: t.description, body });
}
