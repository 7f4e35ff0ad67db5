// The monthly exports for the national OCOP system (docs/national-export-format.md): list, download, run.
import { buildUrl, fetchJson } from './http';
import type { components, paths } from './schema';

export type ReportExport = components['schemas']['ReportExport'];
type RunExportBody = NonNullable<
  paths['/api/v1/reports/exports']['post']['requestBody']
>['content']['application/json'];
type RunExportResult =
  paths['/api/v1/reports/exports']['post']['responses'][200]['content']['application/json'];

export function fetchReportExports(signal?: AbortSignal): Promise<{ items: ReportExport[] }> {
  return fetchJson<{ items: ReportExport[] }>('/reports/exports', { signal });
}

export function runReportExport(body: RunExportBody): Promise<RunExportResult> {
  return fetchJson<RunExportResult>('/reports/exports', { method: 'POST', body });
}

export const reportExportFileUrl = (id: string): string =>
  buildUrl(`/reports/exports/${encodeURIComponent(id)}/file`);
