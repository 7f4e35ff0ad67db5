// Turns one product set of a criteria set into the flat, integer-scaled index the engine scores with.
// Built once per (criteria set, product set) and cached: the data are read-only after loading.
import { toUnits, unitScale } from './points.ts';
import type { CriteriaSet, Criterion, Gate, ProductSet, StarLevel } from './types.ts';

export interface CompiledCriterion {
  criterion: Criterion;
  /** Position in sheet order (index into per-sheet arrays). */
  position: number;
  optionUnits: number[];
  /** Position of the criterion that must score > 0 for this one to count, or -1. */
  conditionPosition: number;
  /** For each floor level (CompiledProductSet.floorLevels order): the option index whose points the
   *  mean must reach at that level (the cumulative floor), or -1 when none applies. */
  floorOptionByLevel: number[];
}

export interface CompiledBand {
  stars: StarLevel;
  minUnits: number;
  certified: boolean;
}

export interface CompiledProductSet {
  criteriaSet: CriteriaSet;
  productSet: ProductSet;
  scale: number;
  criteria: CompiledCriterion[];
  /** Criterion code, or "<code>.<case>" for a criterion with cases → criterion and case (if any). */
  answerKeys: Map<string, { compiled: CompiledCriterion; caseCode: string | undefined }>;
  gates: Map<string, Gate>;
  /** Highest band first. */
  bands: CompiledBand[];
  /** Star levels that carry minimums, ascending: the certified levels (3, 4, 5). */
  floorLevels: StarLevel[];
  /** The rank given when the band is certified but its lowest level's minimums fail (2). */
  fallbackStars: StarLevel;
}

const cache = new WeakMap<CriteriaSet, Map<number, CompiledProductSet>>();

export function compileProductSet(criteriaSet: CriteriaSet, productSet: ProductSet): CompiledProductSet {
  let bySet = cache.get(criteriaSet);
  if (!bySet) {
    bySet = new Map();
    cache.set(criteriaSet, bySet);
  }
  const cached = bySet.get(productSet.id);
  if (cached?.productSet === productSet) return cached;
  const compiled = build(criteriaSet, productSet);
  bySet.set(productSet.id, compiled);
  return compiled;
}

function build(criteriaSet: CriteriaSet, productSet: ProductSet): CompiledProductSet {
  const leaves = productSet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  const scale = unitScale([
    ...leaves.flatMap((c) => c.options.map((o) => o.points)),
    ...criteriaSet.starBands.map((b) => b.min),
  ]);
  const bands = [...criteriaSet.starBands]
    .sort((a, b) => b.min - a.min)
    .map((b) => ({ stars: b.stars, minUnits: toUnits(b.min, scale), certified: b.certified }));
  const floorLevels = bands.filter((b) => b.certified).map((b) => b.stars);
  floorLevels.sort((a, b) => a - b);
  const lowestFloor = floorLevels[0] ?? Number.POSITIVE_INFINITY;
  const below = bands.filter((b) => b.stars < lowestFloor).map((b) => b.stars);
  const positions = new Map(leaves.map((c, i) => [c.code, i]));
  const criteria = leaves.map((criterion, position) => ({
    criterion,
    position,
    optionUnits: criterion.options.map((o) => toUnits(o.points, scale)),
    conditionPosition: criterion.appliesWhen
      ? (positions.get(criterion.appliesWhen.criterionCode) ?? -1)
      : -1,
    floorOptionByLevel: floorLevels.map((level) => floorOption(criterion, level)),
  }));
  const answerKeys: CompiledProductSet['answerKeys'] = new Map();
  for (const compiled of criteria) {
    answerKeys.set(compiled.criterion.code, { compiled, caseCode: undefined });
    for (const c of compiled.criterion.cases ?? []) {
      answerKeys.set(`${compiled.criterion.code}.${c.code}`, { compiled, caseCode: c.code });
    }
  }
  return {
    criteriaSet,
    productSet,
    scale,
    criteria,
    answerKeys,
    gates: new Map(productSet.gates.map((g) => [g.id, g])),
    bands,
    floorLevels,
    fallbackStars: below.length > 0 ? Math.max(...below) : 0,
  };
}

/** The marked option with the most points among those marked for a level ≤ `level` (cumulative floors). */
function floorOption(criterion: Criterion, level: StarLevel): number {
  let best = -1;
  criterion.options.forEach((option, index) => {
    if (option.minStarFor === null || option.minStarFor > level) return;
    const current = best >= 0 ? criterion.options[best] : undefined;
    if (!current || option.points > current.points) best = index;
  });
  return best;
}
