// The catalogue's query string, read leniently: a public page ignores a value it cannot use rather than
// answering an error (links get shared, edited and truncated).
import type { CatalogueInput } from '../../../app/portal/search-catalogue.ts';

export type CatalogueParams = Readonly<{
  q: string;
  province: string;
  commune: string;
  stars: number[];
  classCode: string;
  producerType: string;
  includeInactive: boolean;
  page: number;
}>;

const first = (v: unknown): string => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === 'string' ? value : '';
};
const all = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

export function readCatalogueParams(query: unknown): CatalogueParams {
  const q = (query ?? {}) as Record<string, unknown>;
  const province = first(q.province);
  const commune = first(q.commune);
  const classCode = first(q.class);
  const page = Number.parseInt(first(q.page), 10);
  return {
    q: first(q.q).trim().slice(0, 100),
    province: /^\d{2}$/.test(province) ? province : '',
    commune: /^\d{5}$/.test(commune) ? commune : '',
    stars: [
      ...new Set(
        all(q.stars)
          .flatMap((s) => s.split(','))
          .map(Number),
      ),
    ].filter((n) => n >= 3 && n <= 5),
    classCode: /^([IVX]{1,4}(\.\d{1,2})?|\d{1,2})$/.test(classCode) ? classCode : '',
    producerType: /^[a-z_]{2,40}$/.test(first(q.type)) ? first(q.type) : '',
    includeInactive: first(q.all) === '1',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 100_000) : 1,
  };
}

export function catalogueInput(p: CatalogueParams): CatalogueInput {
  return {
    q: p.q || undefined,
    province: p.province || undefined,
    // A commune only counts inside its province (the form keeps the old commune when the province changes).
    commune: p.province && p.commune ? p.commune : undefined,
    stars: p.stars.length ? p.stars : undefined,
    classCode: p.classCode || undefined,
    producerType: p.producerType || undefined,
    includeInactive: p.includeInactive,
    page: p.page,
  };
}

/** The query string of these parameters on another page ("" when none). */
export function catalogueQueryString(p: CatalogueParams, page: number): string {
  const search = new URLSearchParams();
  if (p.q) search.set('q', p.q);
  if (p.province) search.set('province', p.province);
  if (p.province && p.commune) search.set('commune', p.commune);
  for (const s of p.stars) search.append('stars', String(s));
  if (p.classCode) search.set('class', p.classCode);
  if (p.producerType) search.set('type', p.producerType);
  if (p.includeInactive) search.set('all', '1');
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
