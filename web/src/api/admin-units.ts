import { fetchJson } from './http';
import type { Commune, ListResponse, Province, ResolveResult } from './types';

export async function fetchProvinces(signal: AbortSignal): Promise<Province[]> {
  const body = await fetchJson<ListResponse<Province>>('/admin-units/provinces', { signal });
  return body.items;
}

export async function fetchCommunes(provinceCode: string, signal: AbortSignal): Promise<Commune[]> {
  const path = `/admin-units/provinces/${encodeURIComponent(provinceCode)}/communes`;
  const body = await fetchJson<ListResponse<Commune>>(path, { signal });
  return body.items;
}

/** The API needs `commune` or `oldCommuneCode`; `province` and `district` narrow the search. */
export interface AddressQuery {
  province?: string;
  district?: string;
  commune?: string;
  oldCommuneCode?: string;
}

export function resolveAddress(query: AddressQuery, signal?: AbortSignal): Promise<ResolveResult> {
  return fetchJson<ResolveResult>('/admin-units/resolve', { query: { ...query }, signal });
}
