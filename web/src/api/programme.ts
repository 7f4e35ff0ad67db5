// Programme management (issue 7): indicators, plans with targets and their progress, dashboards and reports.
// Types come from the generated OpenAPI schema (web/src/api/schema.d.ts) like web/src/api/types.ts.
import { buildUrl, fetchJson, type QueryParams } from './http';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type IndicatorDefinition = Schemas['IndicatorDefinition'];
export type IndicatorCode = IndicatorDefinition['code'];
export type IndicatorUnit = IndicatorDefinition['unit'];
export type IndicatorResult = Schemas['IndicatorResult'];
export type IndicatorParams = Schemas['IndicatorParams'];
export type Plan = Schemas['Plan'];
export type PlanLevel = Plan['level'];
export type PlanTarget = Schemas['PlanTarget'];
export type Comparator = PlanTarget['comparator'];
export type PlanProgress = Schemas['PlanProgress'];
export type TargetProgressRow = PlanProgress['targets'][number];
export type CreatePlanBody = JsonBody<paths['/api/v1/plans']['post']>;
export type UpdatePlanBody = JsonBody<paths['/api/v1/plans/{id}']['patch']>;
export type TargetBody = NonNullable<CreatePlanBody['targets']>[number];

export type ProvinceDashboard = Schemas['ProvinceDashboard'];
export type NationalDashboard = Schemas['NationalDashboard'];
export type StarCounts = ProvinceDashboard['byStars'];
export type CommuneRow = ProvinceDashboard['communes'][number];
export type HistoryPoint = ProvinceDashboard['history'][number];
export type Pre2025View = NonNullable<ProvinceDashboard['pre2025']>;
export type Pre2025Row = Pre2025View['provinces'][number];
export type ProvinceRow = NationalDashboard['provinces'][number];
export type DashboardWindow = ProvinceDashboard['window'];

/** Shared by both dashboards and the reports: empty values are left to the server's defaults. */
export interface DashboardQuery {
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  units?: '2025' | 'pre2025' | undefined;
}

const planPath = (id: string) => `/plans/${encodeURIComponent(id)}`;

export async function fetchIndicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
  const body = await fetchJson<{ items: IndicatorDefinition[] }>('/plans/indicators', { signal });
  return body.items;
}

/** Province roles see their own province's plans; the ministry filters by level and province. */
export async function fetchPlans(query: QueryParams, signal?: AbortSignal): Promise<Plan[]> {
  const body = await fetchJson<{ items: Plan[] }>('/plans', { query, signal });
  return body.items;
}

export function fetchPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return fetchJson<Plan>(planPath(id), { signal });
}

export function fetchPlanProgress(id: string, asOf: string | undefined, signal?: AbortSignal) {
  return fetchJson<PlanProgress>(`${planPath(id)}/progress`, { query: { asOf }, signal });
}

/** 422 MANUAL_VALUE_NOT_ALLOWED when a manual value is sent for an indicator the platform computes. */
export function createPlan(body: CreatePlanBody): Promise<Plan> {
  return fetchJson<Plan>('/plans', { method: 'POST', body });
}

/** `targets`, when sent, is the whole list (a target keeps its id when it is sent back). */
export function updatePlan(id: string, body: UpdatePlanBody): Promise<Plan> {
  return fetchJson<Plan>(planPath(id), { method: 'PATCH', body });
}

export function deletePlan(id: string): Promise<void> {
  return fetchJson<void>(planPath(id), { method: 'DELETE' });
}

const dashboardQuery = (query: DashboardQuery): QueryParams => ({
  asOf: query.asOf,
  from: query.from,
  to: query.to,
  units: query.units === 'pre2025' ? 'pre2025' : undefined,
});

export function fetchProvinceDashboard(code: string, query: DashboardQuery, signal?: AbortSignal) {
  return fetchJson<ProvinceDashboard>(`/dashboards/province/${encodeURIComponent(code)}`, {
    query: dashboardQuery(query),
    signal,
  });
}

export function fetchNationalDashboard(query: DashboardQuery, signal?: AbortSignal) {
  return fetchJson<NationalDashboard>('/dashboards/national', { query: dashboardQuery(query), signal });
}

export type ReportFormat = 'xlsx' | 'pdf';

/**
 * The report of a province (provinceCode) or of the country (null) for a period: a plain link, so the browser
 * downloads it with the session cookie. GET /reports/workbook.xlsx and /reports/summary.pdf.
 */
export function reportUrl(
  format: ReportFormat,
  provinceCode: string | null,
  window: DashboardWindow,
): string {
  const file = format === 'xlsx' ? 'workbook.xlsx' : 'summary.pdf';
  return buildUrl(`/reports/${file}`, {
    scope: provinceCode === null ? 'national' : 'province',
    provinceCode: provinceCode ?? undefined,
    from: window.from,
    to: window.to,
    asOf: window.asOf,
  });
}
