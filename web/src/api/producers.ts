import { fetchJson, type QueryParams } from './http';
import type { CreateProducerBody, PagedResponse, Producer, UpdateProducerBody } from './types';

export function fetchProducers(query: QueryParams, signal?: AbortSignal): Promise<PagedResponse<Producer>> {
  return fetchJson<PagedResponse<Producer>>('/producers', { query, signal });
}

export function fetchProducer(id: string, signal?: AbortSignal): Promise<Producer> {
  return fetchJson<Producer>(`/producers/${encodeURIComponent(id)}`, { signal });
}

/** 409 `PRODUCER_POSSIBLE_DUPLICATE` unless `confirmNotDuplicate`; 409 `PRODUCER_DUPLICATE` on a taken tax code. */
export function createProducer(body: CreateProducerBody): Promise<Producer> {
  return fetchJson<Producer>('/producers', { method: 'POST', body });
}

export function updateProducer(id: string, body: UpdateProducerBody): Promise<Producer> {
  return fetchJson<Producer>(`/producers/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}
