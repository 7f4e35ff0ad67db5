import type { QueryParams } from '../api/http';

// List screens keep their filters in the hash query (#/products?q=che&stars=4&page=2). These helpers turn
// that record into the API query and back, dropping anything a screen does not know.

export const PAGE_SIZE = 20;

/** A positive page number from the route ("2" → 2); anything else → 1. */
export function readPage(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The known, non-empty filters of a route query. */
export function pickFilters<K extends string>(
  route: Readonly<Record<string, string>>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = route[key]?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The API query of a list: filters, `archived=1` → `includeArchived=true`, and paging. */
export function toApiQuery(
  filters: Readonly<Record<string, string | undefined>>,
  page: number,
  pageSize = PAGE_SIZE,
): QueryParams {
  const { archived, ...rest } = filters;
  return {
    ...rest,
    includeArchived: archived === '1' ? 'true' : undefined,
    page: String(page),
    pageSize: String(pageSize),
  };
}

/** A stable string for a query (the useFetch key); `fromQueryKey` reads it back. */
export function toQueryKey(query: QueryParams): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params.toString();
}

export const fromQueryKey = (key: string): QueryParams => Object.fromEntries(new URLSearchParams(key));

export const pageCount = (total: number, pageSize = PAGE_SIZE): number =>
  Math.max(1, Math.ceil(total / pageSize));
