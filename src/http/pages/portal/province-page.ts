// A province's page: its products with a certificate in force (paged) and its sale points.
import type { PublicProvincePage } from '../../../app/portal/get-province-page.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { mapBox, pager, productCards, salePointList } from './components.ts';
import { formatCount } from './format.ts';
import { pathOf, provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const TEXT = {
  vi: {
    title: (name: string) => `Sản phẩm OCOP ${name}`,
    description: (name: string, n: string) =>
      `${n} sản phẩm OCOP của ${name} đang có giấy chứng nhận còn hiệu lực, và các điểm giới thiệu, bán sản phẩm OCOP.`,
    products: (n: string) => `Sản phẩm đang có giấy chứng nhận (${n})`,
    filter: 'Tìm và lọc sản phẩm của tỉnh',
    none: 'Chưa có sản phẩm nào đang có giấy chứng nhận còn hiệu lực.',
    salePoints: 'Điểm giới thiệu và bán sản phẩm OCOP',
    noSalePoints: 'Chưa có điểm bán nào được ghi nhận.',
  },
  en: {
    title: (name: string) => `OCOP products of ${name}`,
    description: (name: string, n: string) =>
      `${n} OCOP products of ${name} with a certificate in force, and the OCOP sale points of the province.`,
    products: (n: string) => `Products with a certificate in force (${n})`,
    filter: "Search and filter the province's products",
    none: 'No product has a certificate in force yet.',
    salePoints: 'OCOP sale points',
    noSalePoints: 'No sale point is recorded yet.',
  },
} as const;

export function renderProvincePage(lang: Lang, publicBaseUrl: string, d: PublicProvincePage): string {
  const t = TEXT[lang];
  const name = lang === 'vi' ? d.province.name : d.province.shortName;
  const total = formatCount(lang, d.catalogue.total);
  const path = provincePath(lang, d.province.code);
  const page = d.catalogue.page;
  const body = html`<h1>${t.title(name)}</h1>
<h2 id="products">${t.products(total)}</h2>
<p><a href="${pathOf(lang, 'products')}?province=${d.province.code}">${t.filter}</a></p>
${d.catalogue.items.length === 0 ? html`<p>${t.none}</p>` : productCards(lang, d.catalogue.items)}
${pager(lang, page, d.catalogue.pageCount, (n) => `${path}${n > 1 ? `?page=${n}` : ''}#products`)}
<h2>${t.salePoints}</h2>
${d.salePoints.length === 0 ? html`<p>${t.noSalePoints}</p>` : html`${mapBox(lang, d.salePoints)}${salePointList(lang, d.salePoints)}`}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'provinces',
    rest: `/${d.province.code}${page > 1 ? `?page=${page}` : ''}`,
    title: t.title(name),
    description: t.description(name, total),
    hasMap: d.salePoints.some((s) => s.lat !== null),
    body,
  });
}
