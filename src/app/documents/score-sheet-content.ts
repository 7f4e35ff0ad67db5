// One member's sheet as the printed score sheet shows it: every criterion with the chosen option and its
// points, part subtotals and the rejection gates, scored by the same engine that scores the council.
import type { RejectionGate, ScoredPart, StarCount } from '../../documents/types.ts';
import { findProductSet } from '../../domain/scoring/catalog.ts';
import type { ScoreSheet } from '../../domain/scoring/evaluation-types.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import type { CriteriaSet, Criterion } from '../../domain/scoring/types.ts';

/** The option index the sheet chose: keyed by the code, or by "<code>.<case>" for a criterion with cases. */
function chosenIndex(criterion: Criterion, answers: Readonly<Record<string, number>>): number | undefined {
  const direct = answers[criterion.code];
  if (direct !== undefined) return direct;
  for (const c of criterion.cases ?? []) {
    const byCase = answers[`${criterion.code}.${c.code}`];
    if (byCase !== undefined) return byCase;
  }
  return undefined;
}

export type SheetContent = Readonly<{ parts: ScoredPart[]; gates: RejectionGate[] }>;

export function scoreSheetContent(
  criteriaSet: CriteriaSet,
  productSetId: number,
  sheet: ScoreSheet,
): SheetContent {
  const productSet = findProductSet(criteriaSet, productSetId);
  if (!productSet) throw new Error(`criteria set ${criteriaSet.id} has no product set ${productSetId}`);
  const result = scoreEvaluation(criteriaSet, { productSetId, sheets: [sheet] });
  const pointsOf = new Map(result.criteria.map((c) => [c.code, c.sheetPoints[0] ?? 0]));
  const partPoints = new Map(result.parts.map((p) => [p.code, p.points]));
  const parts = productSet.parts.map(
    (part): ScoredPart => ({
      code: part.code,
      name: part.name,
      points: partPoints.get(part.code) ?? 0,
      maxPoints: part.maxPoints,
      criteria: part.sections.flatMap((section) =>
        section.criteria.map((criterion) => {
          const index = chosenIndex(criterion, sheet.answers);
          return {
            code: criterion.code,
            name: criterion.name,
            chosenOption: index === undefined ? null : (criterion.options[index]?.label ?? null),
            points: pointsOf.get(criterion.code) ?? 0,
            maxPoints: criterion.maxPoints,
          };
        }),
      ),
    }),
  );
  const ticked = new Set(sheet.gates ?? []);
  const gates = productSet.gates.map((g) => ({ text: g.text, isTicked: ticked.has(g.id) }));
  return { parts, gates };
}

/** Stars as the documents print them (1★–5★). */
export const starCount = (stars: number): StarCount =>
  Math.min(5, Math.max(1, Math.round(stars))) as StarCount;
