// A product's public page: photos, live certificate status, facts, story, where to buy. Stays small
// (≤ 30 KB of HTML without images): thumbnails link to the full photos, long lists are capped.
import type { PublicProductPage } from '../../../app/portal/get-product-page.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { VERIFY_PATH } from '../verification/certificate-page.ts';
import { presentCertificateStatus, renderStatusPanel } from '../verification/certificate-status-panel.ts';
import { mapBox, safeUrl, salePointList, stars, statusBadge } from './components.ts';
import { formatDate } from './format.ts';
import { pathOf, producerPath, provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';
import { productJsonLd } from './product-json-ld.ts';
import { PRODUCT_TEXT } from './product-text.ts';

const MAX_PHOTOS = 8;
const MAX_SALE_POINTS = 20;

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);

function facts(lang: Lang, p: PublicProductPage): SafeHtml {
  const t = PRODUCT_TEXT[lang];
  const c = p.certificate;
  const date = (d: string) => (c.datesPrecision === 'year' ? d.slice(0, 4) : formatDate(lang, d));
  const rows: [string, SafeHtml | string | null][] = [
    [t.ocopCode, p.ocopCode],
    [t.rank, stars(lang, c.stars)],
    [t.certificate, c.number],
    [t.validity, `${date(c.validFrom)} – ${date(c.validTo)}`],
    [t.productSet, p.productSet?.[lang] ?? null],
    [t.producer, html`<a href="${producerPath(lang, p.producer.key)}">${p.producer.name}</a>`],
    [
      t.origin,
      html`${p.commune.name}, <a href="${provincePath(lang, p.province.code)}">${p.province.name}</a>`,
    ],
    [t.gtin, p.gtin],
    [t.packaging, p.packaging],
    [t.unit, p.unit],
  ];
  return html`<dl class="facts">${rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function gallery(p: PublicProductPage): SafeHtml {
  if (p.photos.length === 0) return html``;
  return html`<ul class="gallery">${p.photos
    .slice(0, MAX_PHOTOS)
    .map(
      (ph, i) =>
        html`<li><a href="${ph.url}"><img src="${ph.thumbUrl}" alt="${p.name} (${i + 1})" width="320" height="320"${i === 0 ? '' : html` loading="lazy"`} decoding="async"></a></li>`,
    )}</ul>`;
}

function whereToBuy(lang: Lang, p: PublicProductPage): SafeHtml {
  const t = PRODUCT_TEXT[lang];
  const shown = p.salePoints.slice(0, MAX_SALE_POINTS);
  const channels = p.channels.flatMap((ch) => {
    const url = safeUrl(ch.url);
    return url ? [html`<li><a href="${url}" rel="noopener nofollow">${t.marketplace(ch.kind)}</a></li>`] : [];
  });
  return html`<h2>${t.whereToBuy}</h2>
${shown.length === 0 ? html`<p>${t.noSalePoints}</p>` : html`${mapBox(lang, shown)}${salePointList(lang, shown)}`}
${p.salePoints.length > shown.length ? html`<p><a href="${pathOf(lang, 'salePoints')}">${t.allSalePoints}</a></p>` : ''}
${channels.length ? html`<h3>${t.online}</h3><ul>${channels}</ul>` : ''}`;
}

export function renderProductPage(lang: Lang, publicBaseUrl: string, p: PublicProductPage): string {
  const t = PRODUCT_TEXT[lang];
  const c = p.certificate;
  const status = presentCertificateStatus(c.status, c.revocationDecision ?? undefined);
  const body = html`<h1>${p.name}</h1>
<p>${stars(lang, c.stars)} ${statusBadge(lang, c.status?.status ?? 'none')} <span class="muted">· ${p.producer.name}</span></p>
${gallery(p)}
<h2>${t.status}</h2>
${renderStatusPanel(status)}
<p class="muted">${t.asOf(formatDate(lang, p.today))} <a href="${VERIFY_PATH}/${c.id}">${t.verify}</a></p>
${facts(lang, p)}
${p.description ? html`<h2>${t.description}</h2>${paragraphs(p.description)}` : ''}
${p.story ? html`<h2>${t.story}</h2>${paragraphs(p.story)}` : ''}
${whereToBuy(lang, p)}`;
  const summary = p.description?.replace(/\s+/g, ' ').slice(0, 155) ?? t.summary(p);
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'products',
    rest: `/${encodeURIComponent(p.slug)}`,
    title: `${p.name} — ${t.titleSuffix(c.stars)}`,
    description: summary,
    ogType: 'product',
    ogImage: p.photos[0]?.url ?? null,
    jsonLd: productJsonLd(lang, publicBaseUrl, p),
    hasMap: p.salePoints.some((s) => s.lat !== null),
    body,
  });
}
