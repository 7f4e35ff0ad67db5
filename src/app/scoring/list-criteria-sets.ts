import { latestCriteriaSet } from '../../domain/scoring/catalog.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';
import type { AppDeps } from '../deps.ts';
import { criteriaSetSlug } from './criteria-set-ref.ts';

export type CriteriaSetInfo = {
  id: string;
  slug: string;
  title: string;
  effectiveFrom: string;
  dataVersion: string;
  fingerprint: string;
  /** The set applied when an evaluation names none (the latest `effectiveFrom`). */
  current: boolean;
};

export type CriteriaSetSummary = CriteriaSetInfo & {
  productSets: { id: number; name: string; sector: string; group: string; maxPoints: number }[];
};

export function criteriaSetInfo(set: CriteriaSet, current: boolean): CriteriaSetInfo {
  const { id, title, effectiveFrom, dataVersion, fingerprint } = set;
  return { id, slug: criteriaSetSlug(id), title, effectiveFrom, dataVersion, fingerprint, current };
}

/** Every shipped criteria set (one per decision), the one in force first, with its score sheets. */
export function listCriteriaSets(deps: AppDeps): { items: CriteriaSetSummary[] } {
  const current = latestCriteriaSet(deps.criteriaSets);
  const sets = [...deps.criteriaSets].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return {
    items: sets.map((set) => ({
      ...criteriaSetInfo(set, set === current),
      productSets: set.productSets.map(({ id, name, sector, group, maxPoints }) => ({
        id,
        name,
        sector,
        group,
        maxPoints,
      })),
    })),
  };
}
