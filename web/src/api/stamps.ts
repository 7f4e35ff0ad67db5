import { buildUrl, fetchBlob, fetchJson, type QueryParams } from './http';
import type {
  CreateStampBatchBody,
  MisuseReport,
  MisuseReportList,
  StampBatch,
  StampBatchList,
  StampFlag,
  StampFlagDetail,
  StampFlagList,
  UpdateMisuseReportBody,
} from './types';

const batchPath = (id: string) => `/stamp-batches/${encodeURIComponent(id)}`;
const flagPath = (id: string) => `/stamp-flags/${encodeURIComponent(id)}`;
const reportPath = (id: string) => `/misuse-reports/${encodeURIComponent(id)}`;

export function fetchStampBatches(query: QueryParams, signal?: AbortSignal): Promise<StampBatchList> {
  return fetchJson<StampBatchList>('/stamp-batches', { query, signal });
}

/** 409 `STAMP_NOT_ALLOWED` without a certificate in force, 422 `STAMP_QUOTA_EXCEEDED` past the quota. */
export function createStampBatch(body: CreateStampBatchBody): Promise<StampBatch> {
  return fetchJson<StampBatch>('/stamp-batches', { method: 'POST', body });
}

export function markStampBatchPrinted(id: string, printedOn: string): Promise<StampBatch> {
  return fetchJson<StampBatch>(`${batchPath(id)}/printed`, { method: 'POST', body: { printedOn } });
}

/** The batch's codes then verify as "void" within a few seconds. */
export function voidStampBatch(id: string, reason: string): Promise<StampBatch> {
  return fetchJson<StampBatch>(`${batchPath(id)}/void`, { method: 'POST', body: { reason } });
}

/** The print sheet of serials `from`–`to` (at most 240 stamps a request). */
export const stampSheetUrl = (id: string, from: number, to: number): string =>
  buildUrl(`${batchPath(id)}/sheet.pdf`, { from: String(from), to: String(to) });

export function fetchStampFlags(query: QueryParams, signal?: AbortSignal): Promise<StampFlagList> {
  return fetchJson<StampFlagList>('/stamp-flags', { query, signal });
}

export function fetchStampFlag(id: string, signal?: AbortSignal): Promise<StampFlagDetail> {
  return fetchJson<StampFlagDetail>(flagPath(id), { signal });
}

/** Dismissed (a false alarm) or confirmed (a copy), with the office's note. */
export function handleStampFlag(
  id: string,
  outcome: 'dismiss' | 'confirm',
  note: string | null,
): Promise<StampFlag> {
  return fetchJson<StampFlag>(`${flagPath(id)}/${outcome}`, { method: 'POST', body: { note } });
}

export function fetchMisuseReports(query: QueryParams, signal?: AbortSignal): Promise<MisuseReportList> {
  return fetchJson<MisuseReportList>('/misuse-reports', { query, signal });
}

export function fetchMisuseReport(id: string, signal?: AbortSignal): Promise<MisuseReport> {
  return fetchJson<MisuseReport>(reportPath(id), { signal });
}

export function updateMisuseReport(id: string, body: UpdateMisuseReportBody): Promise<MisuseReport> {
  return fetchJson<MisuseReport>(reportPath(id), { method: 'PATCH', body });
}

/** The photo sent with a report (WebP, metadata stripped), read with the session. */
export function fetchMisuseReportPhoto(id: string, signal?: AbortSignal): Promise<Blob> {
  return fetchBlob(`${reportPath(id)}/photo`, signal);
}
