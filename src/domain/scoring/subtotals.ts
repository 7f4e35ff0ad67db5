// Part, section and group subtotals (means over the sheets) and the per-criterion breakdown.
import type { ResolvedSheet } from './answers.ts';
import type { CompiledProductSet } from './compile.ts';
import type { CriterionScore, PartScore, SectionScore } from './evaluation-types.ts';
import { meanPoints } from './points.ts';
import type { Section } from './types.ts';

function sectionScore(
  set: CompiledProductSet,
  section: Section,
  sumOf: (code: string) => number,
  sheets: number,
): SectionScore {
  const mean = (units: number) => meanPoints(units, sheets, set.scale);
  const units = section.criteria.reduce((total, c) => total + sumOf(c.code), 0);
  const score: SectionScore = {
    code: section.code,
    name: section.name,
    maxPoints: section.maxPoints,
    points: mean(units),
  };
  if (section.groups) {
    score.groups = section.groups.map((g) => ({
      code: g.code,
      name: g.name,
      maxPoints: g.maxPoints,
      points: mean(g.criteriaCodes.reduce((total, code) => total + sumOf(code), 0)),
    }));
  }
  return score;
}

/** Subtotals from the per-criterion sums over the sheets (units, indexed by criterion position). */
export function partScores(set: CompiledProductSet, sums: readonly number[], sheets: number): PartScore[] {
  const byCode = new Map(set.criteria.map((c) => [c.criterion.code, sums[c.position] ?? 0]));
  const sumOf = (code: string) => byCode.get(code) ?? 0;
  return set.productSet.parts.map((part) => {
    const sections = part.sections.map((s) => sectionScore(set, s, sumOf, sheets));
    const units = part.sections.reduce(
      (total, s) => total + s.criteria.reduce((t, c) => t + sumOf(c.code), 0),
      0,
    );
    return {
      code: part.code,
      name: part.name,
      maxPoints: part.maxPoints,
      points: meanPoints(units, sheets, set.scale),
      sections,
    };
  });
}

export function criterionScores(
  set: CompiledProductSet,
  resolved: readonly ResolvedSheet[],
  sums: readonly number[],
): CriterionScore[] {
  return set.criteria.map(({ criterion, position }) => ({
    code: criterion.code,
    name: criterion.name,
    maxPoints: criterion.maxPoints,
    points: meanPoints(sums[position] ?? 0, resolved.length, set.scale),
    sheetPoints: resolved.map((r) => (r.units[position] ?? 0) / set.scale),
    unansweredOn: indexesWhere(resolved, (r) => (r.chosen[position] ?? -1) < 0),
    notApplicableOn: indexesWhere(resolved, (r) => r.notApplicable[position] === true),
  }));
}

function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  const indexes: number[] = [];
  items.forEach((item, i) => {
    if (test(item)) indexes.push(i);
  });
  return indexes;
}
