// Producers' yearly figures (revenue, profit, jobs) and the revenue-growth indicator computed from them.
// Types come from the generated OpenAPI schema (web/src/api/schema.d.ts) like web/src/api/types.ts.
import { fetchJson } from './http';
import type { components, paths } from './schema';

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type YearlyFigures = components['schemas']['ProducerYearlyFigures'];
export type RevenueGrowth = components['schemas']['RevenueGrowth'];
export type RevenueGrowthBand = RevenueGrowth['bands'][number]['band'];
export type SetYearlyFiguresBody = JsonBody<paths['/api/v1/producers/{id}/figures/{year}']['put']>;

const figuresPath = (producerId: string) => `/producers/${encodeURIComponent(producerId)}/figures`;

/** Every year the producer reported, latest first, each with its growth against the year before. */
export async function fetchYearlyFigures(producerId: string, signal?: AbortSignal): Promise<YearlyFigures[]> {
  const body = await fetchJson<{ items: YearlyFigures[] }>(figuresPath(producerId), { signal });
  return body.items;
}

/** Enters or replaces one year (the producer itself, or an officer of its province). */
export function setYearlyFigures(
  producerId: string,
  year: number,
  body: SetYearlyFiguresBody,
): Promise<YearlyFigures> {
  return fetchJson<YearlyFigures>(`${figuresPath(producerId)}/${year}`, { method: 'PUT', body });
}

export function deleteYearlyFigures(producerId: string, year: number): Promise<void> {
  return fetchJson<void>(`${figuresPath(producerId)}/${year}`, { method: 'DELETE' });
}

/** Bands of revenue growth, `year` against the year before; no province → the user's own (or the country). */
export function fetchRevenueGrowth(
  query: { provinceCode?: string | undefined; year?: number | undefined },
  signal?: AbortSignal,
): Promise<RevenueGrowth> {
  const { provinceCode, year } = query;
  return fetchJson<RevenueGrowth>('/impact/revenue-growth', {
    query: { provinceCode, year: year === undefined ? undefined : String(year) },
    signal,
  });
}
