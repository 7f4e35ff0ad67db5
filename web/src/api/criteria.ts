import { fetchJson } from './http';
import type { CriteriaSetsResponse, ProductSetSummary } from './types';

/** Product sets 1–26 of the current criteria set (names for filters and pickers). */
export async function fetchProductSets(signal?: AbortSignal): Promise<ProductSetSummary[]> {
  const body = await fetchJson<CriteriaSetsResponse>('/criteria-sets', { signal });
  const current = body.items.find((set) => set.current) ?? body.items[0];
  return [...(current?.productSets ?? [])].sort((a, b) => a.id - b.id);
}
