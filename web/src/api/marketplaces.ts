import { fetchJson, type QueryParams } from './http';
import type {
  ListResponse,
  Marketplace,
  MarketplaceWithSecret,
  RegisterMarketplaceBody,
  UpdateMarketplaceBody,
  WebhookDelivery,
  WebhookDeliveryList,
} from './types';

const marketplacePath = (id: string) => `/marketplaces/${encodeURIComponent(id)}`;

export function fetchMarketplaces(signal?: AbortSignal): Promise<ListResponse<Marketplace>> {
  return fetchJson<ListResponse<Marketplace>>('/marketplaces', { signal });
}

export function fetchMarketplace(id: string, signal?: AbortSignal): Promise<Marketplace> {
  return fetchJson<Marketplace>(marketplacePath(id), { signal });
}

/** The answer carries the signing secret: the only time it is ever shown. */
export function registerMarketplace(body: RegisterMarketplaceBody): Promise<MarketplaceWithSecret> {
  return fetchJson<MarketplaceWithSecret>('/marketplaces', { method: 'POST', body });
}

export function updateMarketplace(id: string, body: UpdateMarketplaceBody): Promise<Marketplace> {
  return fetchJson<Marketplace>(marketplacePath(id), { method: 'PATCH', body });
}

/** A new secret (the old one stops working at once), shown once. */
export function rotateMarketplaceSecret(id: string): Promise<MarketplaceWithSecret> {
  return fetchJson<MarketplaceWithSecret>(`${marketplacePath(id)}/rotate-secret`, { method: 'POST' });
}

export function fetchDeliveries(
  id: string,
  query: QueryParams,
  signal?: AbortSignal,
): Promise<WebhookDeliveryList> {
  return fetchJson<WebhookDeliveryList>(`${marketplacePath(id)}/deliveries`, { query, signal });
}

export function retryDelivery(id: string, deliveryId: string): Promise<WebhookDelivery> {
  const path = `${marketplacePath(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`;
  return fetchJson<WebhookDelivery>(path, { method: 'POST' });
}
