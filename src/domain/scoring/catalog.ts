// Lookups over the loaded criteria sets (one per decision).
import { validationError } from './input.ts';
import type { CriteriaSet, ProductSet } from './types.ts';

export function findCriteriaSet(sets: readonly CriteriaSet[], id: string): CriteriaSet | undefined {
  return sets.find((s) => s.id === id);
}

export function findProductSet(set: CriteriaSet, productSetId: number): ProductSet | undefined {
  return set.productSets.find((p) => p.id === productSetId);
}

/** The set in force most recently (greatest `effectiveFrom`, an ISO date). */
export function latestCriteriaSet(sets: readonly CriteriaSet[]): CriteriaSet | undefined {
  return sets.reduce<CriteriaSet | undefined>(
    (latest, s) => (!latest || s.effectiveFrom > latest.effectiveFrom ? s : latest),
    undefined,
  );
}

/** The set named by `id`, or the latest when `id` is absent; VALIDATION_FAILED on `criteriaSetId` otherwise. */
export function resolveCriteriaSet(sets: readonly CriteriaSet[], id?: string): CriteriaSet {
  const set = id === undefined ? latestCriteriaSet(sets) : findCriteriaSet(sets, id);
  if (set) return set;
  const known = sets.map((s) => s.id).join(', ') || 'không có';
  throw validationError([
    { field: 'criteriaSetId', message: `Không có bộ tiêu chí "${id ?? ''}" (có: ${known})` },
  ]);
}
