// A producer's public page: who they are (commune and province only) and their certified products.
import type { PublicProducerPage } from '../../../app/portal/get-producer-page.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { productCards, safeUrl } from './components.ts';
import { provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';
import { producerTypeLabel } from './text.ts';

const TEXT = {
  vi: {
    description: (p: PublicProducerPage) =>
      `${p.name} (${producerTypeLabel('vi', p.type)}), ${p.province.name}: các sản phẩm OCOP được chứng nhận.`,
    type: 'Loại hình',
    address: 'Địa chỉ',
    website: 'Trang web',
    products: 'Sản phẩm OCOP',
  },
  en: {
    description: (p: PublicProducerPage) =>
      `${p.name} (${producerTypeLabel('en', p.type)}), ${p.province.shortName}: its certified OCOP products.`,
    type: 'Type',
    address: 'Location',
    website: 'Website',
    products: 'OCOP products',
  },
} as const;

export function renderProducerPage(lang: Lang, publicBaseUrl: string, p: PublicProducerPage): string {
  const t = TEXT[lang];
  const website = safeUrl(p.website);
  const body = html`<h1>${p.name}</h1>
<dl class="facts">
<dt>${t.type}</dt><dd>${producerTypeLabel(lang, p.type)}</dd>
<dt>${t.address}</dt><dd>${p.commune.name}, <a href="${provincePath(lang, p.province.code)}">${p.province.name}</a></dd>
${website ? html`<dt>${t.website}</dt><dd><a href="${website}" rel="noopener">${website}</a></dd>` : ''}
</dl>
<h2>${t.products} (${p.products.length})</h2>
${productCards(lang, p.products)}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'producers',
    rest: `/${encodeURIComponent(p.key)}`,
    title: `${p.name} — OCOP`,
    description: t.description(p),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: p.name,
      ...(website ? { sameAs: [website] } : {}),
      address: {
        '@type': 'PostalAddress',
        addressLocality: p.commune.name,
        addressRegion: p.province.name,
        addressCountry: 'VN',
      },
    },
    body,
  });
}
