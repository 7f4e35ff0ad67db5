// The scoring engine: one council's sheets for one product → total, band, stars, floors, gates, subtotals.
// Pure: no I/O, no clock. Semantics in docs/adr/0008-scoring-engine.md.
import type { FieldError } from '../errors.ts';
import type { ResolvedSheet } from './answers.ts';
import { resolveSheet } from './answers.ts';
import { bandStars } from './bands.ts';
import { findProductSet } from './catalog.ts';
import type { CompiledProductSet } from './compile.ts';
import { compileProductSet } from './compile.ts';
import type { EvaluationInput, EvaluationResult, TickedGate } from './evaluation-types.ts';
import { rankWithFloors } from './floors.ts';
import { throwIfInvalid, validationError } from './input.ts';
import { formatMean, meanPoints } from './points.ts';
import { criterionScores, partScores } from './subtotals.ts';
import type { CriteriaSet } from './types.ts';

/** Highest − lowest sheet total above this many points: the council discusses and re-scores. */
export const DIVERGENCE_LIMIT_POINTS = 10;

function tickedGates(set: CompiledProductSet, resolved: readonly ResolvedSheet[]): TickedGate[] {
  const ticked: TickedGate[] = [];
  for (const gate of set.productSet.gates) {
    const sheets = resolved.flatMap((r, i) => (r.gates.includes(gate.id) ? [i] : []));
    if (sheets.length > 0) ticked.push({ ...gate, sheets });
  }
  return ticked;
}

/** Compiles (cached) the product set and resolves every sheet, or throws VALIDATION_FAILED. */
function prepare(criteriaSet: CriteriaSet, input: EvaluationInput) {
  const productSet = findProductSet(criteriaSet, input.productSetId);
  if (!productSet) {
    const ids = criteriaSet.productSets.map((p) => p.id);
    throw validationError([
      {
        field: 'productSetId',
        message: `Không có bộ sản phẩm số ${input.productSetId} trong ${criteriaSet.id} (có ${Math.min(...ids)}–${Math.max(...ids)})`,
      },
    ]);
  }
  if (input.sheets.length === 0) {
    throw validationError([{ field: 'sheets', message: 'Cần ít nhất một phiếu chấm điểm' }]);
  }
  const set = compileProductSet(criteriaSet, productSet);
  const errors: FieldError[] = [];
  const resolved = input.sheets.map((sheet, i) => resolveSheet(set, sheet, `sheets[${i}]`, errors));
  throwIfInvalid(errors);
  return { set, resolved };
}

/** Scores one evaluation against `criteriaSet`; bad input throws DomainError VALIDATION_FAILED with fields. */
export function scoreEvaluation(criteriaSet: CriteriaSet, input: EvaluationInput): EvaluationResult {
  const { set, resolved } = prepare(criteriaSet, input);
  const n = resolved.length;
  const sums = new Array<number>(set.criteria.length).fill(0);
  const totals = resolved.map((sheet) => {
    let total = 0;
    sheet.units.forEach((units, position) => {
      total += units;
      sums[position] = (sums[position] ?? 0) + units;
    });
    return total;
  });
  const sum = totals.reduce((a, b) => a + b, 0);
  const band = bandStars(set, sum, n);
  const { stars, blockedBy } = rankWithFloors(set, sums, n, band);
  const spreadUnits = Math.max(...totals) - Math.min(...totals);
  return {
    criteriaSetId: criteriaSet.id,
    productSetId: set.productSet.id,
    productSetName: set.productSet.name,
    sheetCount: n,
    sheetTotals: totals.map((t) => t / set.scale),
    total: meanPoints(sum, n, set.scale),
    totalText: formatMean(sum, n, set.scale),
    bandStars: band,
    stars,
    certifiable: set.bands.some((b) => b.stars === stars && b.certified),
    divergent: spreadUnits > DIVERGENCE_LIMIT_POINTS * set.scale,
    spread: spreadUnits / set.scale,
    blockedBy,
    gates: tickedGates(set, resolved),
    parts: partScores(set, sums, n),
    criteria: criterionScores(set, resolved, sums),
  };
}
