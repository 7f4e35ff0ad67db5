// Public URLs, Vietnamese at the root and English under /en (same slugs and codes in both).
import type { Lang } from '../layout.ts';

const BASE = {
  vi: {
    home: '/',
    products: '/san-pham',
    producers: '/chu-the',
    provinces: '/tinh',
    salePoints: '/diem-ban',
    events: '/su-kien',
    statistics: '/thong-ke',
    openData: '/open-data',
  },
  en: {
    home: '/en',
    products: '/en/products',
    producers: '/en/producers',
    provinces: '/en/provinces',
    salePoints: '/en/sale-points',
    events: '/en/events',
    statistics: '/en/statistics',
    openData: '/en/open-data',
  },
} as const;

export type PageKind = keyof (typeof BASE)['vi'];

export const pathOf = (lang: Lang, kind: PageKind): string => BASE[lang][kind];

export const productPath = (lang: Lang, slug: string) => `${BASE[lang].products}/${encodeURIComponent(slug)}`;
export const producerPath = (lang: Lang, key: string) => `${BASE[lang].producers}/${encodeURIComponent(key)}`;
export const provincePath = (lang: Lang, code: string) =>
  `${BASE[lang].provinces}/${encodeURIComponent(code)}`;
export const salePointPath = (lang: Lang, slug: string) =>
  `${BASE[lang].salePoints}/${encodeURIComponent(slug)}`;

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** The same page in the other language: swaps the base path, keeps the rest (slug, code, query). */
export function translatePath(lang: Lang, kind: PageKind, rest = ''): string {
  return `${BASE[otherLang(lang)][kind]}${rest}`;
}
