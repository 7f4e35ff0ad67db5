import { buildUrl, fetchJson, type QueryParams } from './http';
import type {
  ChangeCertificateBody,
  CreateCertificateBody,
  CreateProductBody,
  PagedResponse,
  Product,
  ProductListItem,
  UpdateProductBody,
} from './types';
import { uploadFile } from './upload';

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;

export function fetchProducts(
  query: QueryParams,
  signal?: AbortSignal,
): Promise<PagedResponse<ProductListItem>> {
  return fetchJson<PagedResponse<ProductListItem>>('/products', { query, signal });
}

export function fetchProduct(id: string, signal?: AbortSignal): Promise<Product> {
  return fetchJson<Product>(productPath(id), { signal });
}

export function createProduct(body: CreateProductBody): Promise<Product> {
  return fetchJson<Product>('/products', { method: 'POST', body });
}

export function updateProduct(id: string, body: UpdateProductBody): Promise<Product> {
  return fetchJson<Product>(productPath(id), { method: 'PATCH', body });
}

/** Assigns the OCOP code (tỉnh)-(xã)-(số thứ tự)-(năm); 409 `OCOP_CODE_TAKEN` when it already has one. */
export function assignOcopCode(id: string): Promise<Product> {
  return fetchJson<Product>(`${productPath(id)}/ocop-code`, { method: 'POST', body: {} });
}

export function addCertificate(id: string, body: CreateCertificateBody): Promise<Product> {
  return fetchJson<Product>(`${productPath(id)}/certificates`, { method: 'POST', body });
}

export function changeCertificate(
  id: string,
  certificateId: string,
  body: ChangeCertificateBody,
): Promise<Product> {
  const path = `${productPath(id)}/certificates/${encodeURIComponent(certificateId)}`;
  return fetchJson<Product>(path, { method: 'PATCH', body });
}

/** Download link of the filtered list (same filters as the list, without paging). */
export function productExportUrl(query: QueryParams, format: 'xlsx' | 'csv'): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return buildUrl('/products/export', { ...filters, format });
}

/** Uploads a photo (JPEG/PNG/WebP/HEIC ≤ 8 MB); the server re-encodes it and makes a thumbnail. */
export function uploadProductPhoto(id: string, file: Blob): Promise<Product> {
  return uploadFile<Product>(`${productPath(id)}/photos`, file);
}

export function deleteProductPhoto(id: string, photoId: string): Promise<Product> {
  return fetchJson<Product>(`${productPath(id)}/photos/${encodeURIComponent(photoId)}`, { method: 'DELETE' });
}
