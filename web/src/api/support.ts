// Support given to producers (hỗ trợ chủ thể): trademarks, barcodes, packaging, stamps, lab tests, credit…
// Types come from the generated OpenAPI schema (web/src/api/schema.d.ts) like web/src/api/types.ts.
import { buildUrl, fetchJson, type QueryParams } from './http';
import type { components, paths } from './schema';

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type JsonOk<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type SupportRecord = components['schemas']['SupportRecord'];
export type SupportKind = SupportRecord['kind'];
export type SupportRecordList = JsonOk<paths['/api/v1/support-records']['get']>;
export type SupportTotals = SupportRecordList['totals'];
export type SupportRecordListQuery = NonNullable<
  paths['/api/v1/support-records']['get']['parameters']['query']
>;
export type CreateSupportRecordBody = JsonBody<paths['/api/v1/support-records']['post']>;
export type UpdateSupportRecordBody = JsonBody<paths['/api/v1/support-records/{id}']['patch']>;

const recordPath = (id: string) => `/support-records/${encodeURIComponent(id)}`;

/** Newest first, with totals by kind over everything the filters match. */
export function fetchSupportRecords(query: QueryParams, signal?: AbortSignal): Promise<SupportRecordList> {
  return fetchJson<SupportRecordList>('/support-records', { query, signal });
}

export function fetchSupportRecord(id: string, signal?: AbortSignal): Promise<SupportRecord> {
  return fetchJson<SupportRecord>(recordPath(id), { signal });
}

export function createSupportRecord(body: CreateSupportRecordBody): Promise<SupportRecord> {
  return fetchJson<SupportRecord>('/support-records', { method: 'POST', body });
}

export function updateSupportRecord(id: string, body: UpdateSupportRecordBody): Promise<SupportRecord> {
  return fetchJson<SupportRecord>(recordPath(id), { method: 'PATCH', body });
}

export function deleteSupportRecord(id: string): Promise<void> {
  return fetchJson<void>(recordPath(id), { method: 'DELETE' });
}

/** The download address of the list as .xlsx, with the list's filters (the session cookie goes along). */
export const supportWorkbookUrl = (query: QueryParams): string =>
  buildUrl('/support-records/export.xlsx', query);
