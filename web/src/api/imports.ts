import { buildUrl, fetchJson } from './http';
import type {
  ImportBatch,
  ImportOutcome,
  ImportRow,
  PagedResponse,
  PreviewBody,
  PutMappingBody,
} from './types';
import { type UploadProgress, uploadFile } from './upload';

const batchPath = (id: string) => `/imports/${encodeURIComponent(id)}`;

/** Step 1: the spreadsheet as the raw body; 201 with the detected columns and a guessed mapping. */
export function uploadImport(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportBatch> {
  return uploadFile<ImportBatch>('/imports', file, { query: { fileName: file.name }, onProgress, signal });
}

export function fetchImport(id: string, signal?: AbortSignal): Promise<ImportBatch> {
  return fetchJson<ImportBatch>(batchPath(id), { signal });
}

export function saveImportMapping(id: string, body: PutMappingBody): Promise<ImportBatch> {
  return fetchJson<ImportBatch>(`${batchPath(id)}/mapping`, { method: 'PUT', body });
}

/** 202: the batch goes `previewing` then `previewed`; poll `fetchImport`. */
export function startImportPreview(id: string, body: PreviewBody): Promise<ImportBatch> {
  return fetchJson<ImportBatch>(`${batchPath(id)}/preview`, { method: 'POST', body });
}

/** 202: the batch goes `committing` then `committed` (or `failed`); poll `fetchImport`. */
export function startImportCommit(id: string): Promise<ImportBatch> {
  return fetchJson<ImportBatch>(`${batchPath(id)}/commit`, { method: 'POST', body: {} });
}

export interface ImportRowsQuery {
  outcome?: ImportOutcome | undefined;
  page: number;
  pageSize: number;
}

export function fetchImportRows(
  id: string,
  query: ImportRowsQuery,
  signal?: AbortSignal,
): Promise<PagedResponse<ImportRow>> {
  return fetchJson<PagedResponse<ImportRow>>(`${batchPath(id)}/rows`, {
    query: { outcome: query.outcome, page: String(query.page), pageSize: String(query.pageSize) },
    signal,
  });
}

export const importReportUrl = (id: string): string => buildUrl(`${batchPath(id)}/report.xlsx`);
