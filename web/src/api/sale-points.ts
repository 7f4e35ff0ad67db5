import { fetchJson, type QueryParams } from './http';
import type { CreateSalePointBody, SalePoint, SalePointList, UpdateSalePointBody } from './types';

const salePointPath = (id: string) => `/sale-points/${encodeURIComponent(id)}`;

export function fetchSalePoints(query: QueryParams, signal?: AbortSignal): Promise<SalePointList> {
  return fetchJson<SalePointList>('/sale-points', { query, signal });
}

export function fetchSalePoint(id: string, signal?: AbortSignal): Promise<SalePoint> {
  return fetchJson<SalePoint>(salePointPath(id), { signal });
}

export function createSalePoint(body: CreateSalePointBody): Promise<SalePoint> {
  return fetchJson<SalePoint>('/sale-points', { method: 'POST', body });
}

/** `productIds`, when sent, is the whole list of products carried. */
export function updateSalePoint(id: string, body: UpdateSalePointBody): Promise<SalePoint> {
  return fetchJson<SalePoint>(salePointPath(id), { method: 'PATCH', body });
}

/** For a sale point entered by mistake; one that closed is set inactive instead. */
export function deleteSalePoint(id: string): Promise<void> {
  return fetchJson<void>(salePointPath(id), { method: 'DELETE' });
}
