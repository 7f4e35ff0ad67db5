// "OCOP in numbers": the 34 provinces with their products in force today by stars, producers and communes.
import type { PublicStatisticsPage, StatisticsRow } from '../../../app/portal/get-statistics-page.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { formatCount, formatDate } from './format.ts';
import { pathOf, provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const TEXT = {
  vi: {
    title: 'Sản phẩm OCOP theo tỉnh, thành phố',
    description: (n: string) =>
      `${n} sản phẩm OCOP đang có giấy chứng nhận còn hiệu lực, theo 34 tỉnh, thành phố: hạng sao, chủ thể, số xã có sản phẩm.`,
    lead: (day: string) =>
      `Số sản phẩm có giấy chứng nhận còn hiệu lực ngày ${day} (kể cả sắp hết hạn và đang đánh giá lại), theo đơn vị hành chính từ 1/7/2025.`,
    caption: 'Sản phẩm OCOP còn hiệu lực theo tỉnh, thành phố',
    province: 'Tỉnh, thành phố',
    products: 'Sản phẩm',
    stars: (n: number) => `${n} sao`,
    producers: 'Chủ thể',
    communes: 'Xã, phường có sản phẩm',
    total: 'Cả nước',
    openData: 'Tải danh sách sản phẩm (dữ liệu mở)',
  },
  en: {
    title: 'OCOP products by province',
    description: (n: string) =>
      `${n} OCOP products with a certificate in force, by the 34 provinces: stars, producers, communes with a product.`,
    lead: (day: string) =>
      `Products with a certificate in force on ${day} (including those about to expire or under re-evaluation), by the administrative units since 1 July 2025.`,
    caption: 'OCOP products in force by province',
    province: 'Province',
    products: 'Products',
    stars: (n: number) => `${n} stars`,
    producers: 'Producers',
    communes: 'Communes with a product',
    total: 'Whole country',
    openData: 'Download the product list (open data)',
  },
} as const;

type Figures = Omit<StatisticsRow, 'provinceCode' | 'province'>;

function cells(lang: Lang, row: Figures) {
  const n = (value: number) => formatCount(lang, value);
  const share = row.communesTotal > 0 ? Math.round((row.communes / row.communesTotal) * 100) : 0;
  return html`<td>${n(row.products)}</td><td>${n(row.byStars[3])}</td><td>${n(row.byStars[4])}</td><td>${n(row.byStars[5])}</td><td>${n(row.producers)}</td><td>${n(row.communes)}/${n(row.communesTotal)} (${share}%)</td>`;
}

export function renderStatisticsPage(lang: Lang, publicBaseUrl: string, d: PublicStatisticsPage): string {
  const t = TEXT[lang];
  const body = html`<h1>${t.title}</h1>
<p>${t.lead(formatDate(lang, d.today))}</p>
<div class="scroll"><table class="figures">
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.province}</th><th scope="col">${t.products}</th><th scope="col">${t.stars(3)}</th><th scope="col">${t.stars(4)}</th><th scope="col">${t.stars(5)}</th><th scope="col">${t.producers}</th><th scope="col">${t.communes}</th></tr></thead>
<tbody>
${d.rows.map(
  (row) =>
    html`<tr data-province="${row.provinceCode}"><th scope="row"><a href="${provincePath(lang, row.provinceCode)}">${lang === 'vi' ? row.province.name : row.province.shortName}</a></th>${cells(lang, row)}</tr>`,
)}
</tbody>
<tfoot><tr><th scope="row">${t.total}</th>${cells(lang, d.totals)}</tr></tfoot>
</table></div>
<p><a href="${pathOf(lang, 'openData')}">${t.openData}</a></p>`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'statistics',
    title: t.title,
    description: t.description(formatCount(lang, d.totals.products)),
    body,
  });
}
