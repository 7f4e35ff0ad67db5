// The frame of every public portal page: head (description, canonical, hreflang, Open Graph, optional
// JSON-LD and scripts), skip link, header navigation, footer. Readable and usable with JavaScript off.
import { html, SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { PAGE_PATHS as SELF_ASSESSMENT_PATHS } from '../self-assessment/text.ts';
import { MAP_SCRIPT_PATH } from './assets.ts';
import { otherLang, type PageKind, pathOf, translatePath } from './paths.ts';
import { PORTAL_CSS } from './styles.ts';
import { CHROME } from './text.ts';

export type PortalPage = Readonly<{
  lang: Lang;
  publicBaseUrl: string;
  /** Which section the page belongs to (for the paths in both languages). */
  kind: PageKind;
  /** What follows the section's base path ("/che-shan-tuyet-1a2b3c", "?page=2"), same in both languages. */
  rest?: string;
  title: string;
  description: string;
  ogType?: 'website' | 'product';
  ogImage?: string | null;
  /** A schema.org object, emitted as JSON-LD. */
  jsonLd?: unknown;
  /** Adds the map script (deferred; it draws only when JavaScript runs and the tiles load). */
  hasMap?: boolean;
  body: SafeHtml;
}>;

/** JSON inside <script>: "<" escaped so no text can close the element. */
const scriptJson = (value: unknown) =>
  new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028|\u2029/g, ' '),
  );

const absolute = (base: string, path: string) => (path.startsWith('http') ? path : `${base}${path}`);

export function portalPage(p: PortalPage): string {
  const t = CHROME[p.lang];
  const other = otherLang(p.lang);
  const rest = p.rest ?? '';
  const here = `${pathOf(p.lang, p.kind)}${rest}`;
  const there = translatePath(p.lang, p.kind, rest);
  const vi = p.lang === 'vi' ? here : there;
  const en = p.lang === 'en' ? here : there;
  const base = p.publicBaseUrl;
  const nav: [PageKind, string][] = [
    ['products', t.products],
    ['salePoints', t.salePoints],
    ['events', t.events],
    ['statistics', t.statistics],
    ['openData', t.openData],
  ];
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${p.title}</title>
<meta name="description" content="${p.description}">
<link rel="canonical" href="${base}${here}">
<link rel="alternate" hreflang="vi" href="${base}${vi}">
<link rel="alternate" hreflang="en" href="${base}${en}">
<link rel="alternate" hreflang="x-default" href="${base}${vi}">
<meta property="og:site_name" content="${t.siteName}">
<meta property="og:type" content="${p.ogType ?? 'website'}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}">
<meta property="og:url" content="${base}${here}">
<meta property="og:locale" content="${p.lang === 'vi' ? 'vi_VN' : 'en_GB'}">
${p.ogImage ? html`<meta property="og:image" content="${absolute(base, p.ogImage)}">` : ''}
<style>${new SafeHtml(PORTAL_CSS)}</style>
${p.jsonLd ? html`<script type="application/ld+json">${scriptJson(p.jsonLd)}</script>` : ''}
${p.hasMap ? html`<script src="${MAP_SCRIPT_PATH}" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top"><div class="wrap">
<a class="brand" href="${pathOf(p.lang, 'home')}">OCOP</a>
<nav aria-label="${t.nav}"><ul>
${nav.map(([kind, label]) => html`<li><a href="${pathOf(p.lang, kind)}"${kind === p.kind ? new SafeHtml(' aria-current="page"') : ''}>${label}</a></li>`)}
<li><a href="${there}" hreflang="${other}" lang="${other}">${t.otherLanguage}</a></li>
</ul></nav>
</div></header>
<main id="main" class="wrap" tabindex="-1">
${p.body}
</main>
<footer><div class="wrap">
<p>${t.footer}</p>
<ul><li><a href="${SELF_ASSESSMENT_PATHS[p.lang]}">${t.selfAssessment}</a></li><li><a href="/admin/">${t.admin}</a></li><li><a href="/docs">${t.api}</a></li></ul>
</div></footer>
</body>
</html>`.value;
}
