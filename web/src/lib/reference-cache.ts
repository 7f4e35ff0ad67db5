import { fetchCommunes, fetchProvinces } from '../api/admin-units';
import { fetchCriteriaSheet, fetchProductSets } from '../api/criteria';
import { fetchDossierForms } from '../api/dossiers';
import type { Commune, CriteriaSheet, DossierForms, ProductSetSummary, Province } from '../api/types';

// Reference lists (provinces, communes, product sets, dossier forms, score sheets) never change while the page is open: each is fetched
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

export const loadDossierForms = (_key: string, _signal: AbortSignal): Promise<DossierForms> =>
  once('dossier-forms', () => fetchDossierForms());

/** Key: `${criteriaSetId}|${productSetId}` (see criteriaSheetKey). */
export const loadCriteriaSheet = (key: string, _signal: AbortSignal): Promise<CriteriaSheet> => {
  const at = key.lastIndexOf('|');
  return once(`sheet:${key}`, () => fetchCriteriaSheet(key.slice(0, at), Number(key.slice(at + 1))));
};

export const criteriaSheetKey = (criteriaSetId: string, productSetId: number): string =>
  `${criteriaSetId}|${productSetId}`;
