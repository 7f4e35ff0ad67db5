import { fetchCommunes, fetchProvinces } from '../api/admin-units';
import { fetchProductSets } from '../api/criteria';
import type { Commune, ProductSetSummary, Province } from '../api/types';

// Reference lists (provinces, communes, product sets) never change while the page is open: each is fetched
// once and shared by every picker. A failed request is forgotten so the next render retries it.

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** Loader for useFetch (the shared request is not aborted: another picker may be waiting for it). */
export const loadProvinces = (_key: string, _signal: AbortSignal): Promise<Province[]> =>
  once('provinces', () => fetchProvinces(new AbortController().signal));

export const loadCommunes = (provinceCode: string, _signal: AbortSignal): Promise<Commune[]> =>
  once(`communes:${provinceCode}`, () => fetchCommunes(provinceCode, new AbortController().signal));

export const loadProductSets = (_key: string, _signal: AbortSignal): Promise<ProductSetSummary[]> =>
  once('product-sets', () => fetchProductSets());
