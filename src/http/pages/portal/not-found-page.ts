import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { type PageKind, pathOf } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const TEXT = {
  vi: {
    title: 'Không tìm thấy trang',
    text: 'Trang này không có hoặc sản phẩm không còn được giới thiệu công khai.',
    search: 'Tìm sản phẩm OCOP',
  },
  en: {
    title: 'Page not found',
    text: 'This page does not exist, or the product is no longer presented publicly.',
    search: 'Search OCOP products',
  },
} as const;

export function renderNotFoundPage(lang: Lang, publicBaseUrl: string, kind: PageKind): string {
  const t = TEXT[lang];
  const body = html`<h1>${t.title}</h1><p>${t.text}</p><p><a href="${pathOf(lang, 'products')}">${t.search}</a></p>`;
  return portalPage({ lang, publicBaseUrl, kind, title: t.title, description: t.text, body });
}
