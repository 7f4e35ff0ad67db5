// sitemap.xml (every public page in both languages, with hreflang alternates) and robots.txt. Past
// 50,000 URLs the sitemap becomes an index of parts (/sitemap-1.xml …), as the protocol requires.
import type { SitemapEntries } from '../../../app/portal/sitemap-entries.ts';
import { escapeHtml } from '../html.ts';
import { type PageKind, pathOf } from './paths.ts';

export const URLS_PER_SITEMAP = 50_000;

/** One page in its two languages: the kind and what follows the base path. */
type Pair = readonly [kind: PageKind, rest: string];

export function sitemapPairs(e: SitemapEntries): Pair[] {
  const statics: Pair[] = (
    ['home', 'products', 'salePoints', 'events', 'statistics', 'openData'] as const
  ).map((k) => [k, '']);
  return [
    ...statics,
    ...e.provinceCodes.map((c): Pair => ['provinces', `/${c}`]),
    ...e.productSlugs.map((s): Pair => ['products', `/${encodeURIComponent(s)}`]),
    ...e.producerKeys.map((k): Pair => ['producers', `/${encodeURIComponent(k)}`]),
    ...e.salePointSlugs.map((s): Pair => ['salePoints', `/${encodeURIComponent(s)}`]),
  ];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlset(base: string, pairs: readonly Pair[]): string {
  const out: string[] = [
    `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`,
  ];
  for (const [kind, rest] of pairs) {
    const vi = escapeHtml(`${base}${pathOf('vi', kind)}${rest}`);
    const en = escapeHtml(`${base}${pathOf('en', kind)}${rest}`);
    const links = `<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/>`;
    out.push(`<url><loc>${vi}</loc>${links}</url>\n<url><loc>${en}</loc>${links}</url>\n`);
  }
  out.push('</urlset>\n');
  return out.join('');
}

/** The documents: "sitemap.xml" (a urlset, or an index when split) and, when split, "sitemap-N.xml". */
export function sitemapDocuments(base: string, pairs: readonly Pair[]): Map<string, string> {
  const perPart = URLS_PER_SITEMAP / 2;
  const documents = new Map<string, string>();
  if (pairs.length <= perPart) {
    documents.set('sitemap.xml', urlset(base, pairs));
    return documents;
  }
  const parts: string[] = [];
  for (let i = 0; i * perPart < pairs.length; i++) {
    const name = `sitemap-${i + 1}.xml`;
    documents.set(name, urlset(base, pairs.slice(i * perPart, (i + 1) * perPart)));
    parts.push(`<sitemap><loc>${escapeHtml(`${base}/${name}`)}</loc></sitemap>`);
  }
  documents.set(
    'sitemap.xml',
    `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`,
  );
  return documents;
}

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}
