// The catalogue (/san-pham, /en/products): search, filters, cards, pages.
import type { CatalogueResult } from '../../../app/portal/search-catalogue.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { type CatalogueFormData, catalogueForm } from './catalogue-form.ts';
import { catalogueQueryString } from './catalogue-query.ts';
import { pager, productCards } from './components.ts';
import { formatCount } from './format.ts';
import { pathOf } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const TEXT = {
  vi: {
    title: 'Danh mục sản phẩm OCOP',
    description: 'Tìm sản phẩm OCOP theo tên, tỉnh, xã, hạng sao, nhóm sản phẩm và loại hình chủ thể.',
    resultsFor: (q: string) => `Kết quả tìm “${q}”`,
    count: (n: string) => `${n} sản phẩm`,
    page: (p: number, of: number) => `trang ${p}/${of}`,
    none: 'Không tìm thấy sản phẩm phù hợp. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.',
  },
  en: {
    title: 'OCOP product catalogue',
    description: 'Find OCOP products by name, province, commune, stars, product group and producer type.',
    resultsFor: (q: string) => `Results for “${q}”`,
    count: (n: string) => `${n} products`,
    page: (p: number, of: number) => `page ${p} of ${of}`,
    none: 'No product matches. Try a shorter word or fewer filters.',
  },
} as const;

export function renderCataloguePage(
  lang: Lang,
  publicBaseUrl: string,
  form: CatalogueFormData,
  result: CatalogueResult,
): string {
  const t = TEXT[lang];
  const p = form.params;
  const base = pathOf(lang, 'products');
  const summary = `${t.count(formatCount(lang, result.total))}${result.pageCount > 1 ? `, ${t.page(result.page, result.pageCount)}` : ''}`;
  const body = html`<h1>${t.title}</h1>
${catalogueForm(lang, form)}
<h2 id="results">${p.q ? t.resultsFor(p.q) : t.count(formatCount(lang, result.total))}</h2>
<p role="status">${summary}</p>
${result.items.length === 0 ? html`<p>${t.none}</p>` : productCards(lang, result.items)}
${pager(lang, result.page, result.pageCount, (n) => `${base}${catalogueQueryString(p, n)}#results`)}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'products',
    rest: catalogueQueryString(p, result.page),
    title: p.q ? `${t.resultsFor(p.q)} — ${t.title}` : t.title,
    description: t.description,
    body,
  });
}
