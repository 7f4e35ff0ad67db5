import { fetchJson } from './http';
import type { CriteriaSetsResponse, CriteriaSheet, ProductSetSummary } from './types';

/** Product sets 1–26 of the current criteria set (names for filters and pickers). */
export async function fetchProductSets(signal?: AbortSignal): Promise<ProductSetSummary[]> {
  const body = await fetchJson<CriteriaSetsResponse>('/criteria-sets', { signal });
  const current = body.items.find((set) => set.current) ?? body.items[0];
  return [...(current?.productSets ?? [])].sort((a, b) => a.id - b.id);
}

/** The whole score sheet of a product set: parts, sections, criteria and their options. */
export function fetchCriteriaSheet(
  criteriaSetId: string,
  productSetId: number,
  signal?: AbortSignal,
): Promise<CriteriaSheet> {
  const path = `/criteria-sets/${encodeURIComponent(criteriaSetId)}/product-sets/${productSetId}`;
  return fetchJson<CriteriaSheet>(path, { signal });
}
