import {
  type LatestCouncilEvaluation,
  listLatestCouncilEvaluations,
} from '../../db/repositories/evaluations.repository.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { findCriteriaSet } from '../../domain/scoring/catalog.ts';
import type { EvaluationInput } from '../../domain/scoring/evaluation-types.ts';
import { parseEvaluationInput } from '../../domain/scoring/input.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';
import type { AppDeps } from '../deps.ts';
import { type RegradeReport, type ScoreSummary, sameScore } from './regrade-report.ts';

/** The stored result; for a row stored without one, its sheets scored under the set that scored them. */
function resultBefore(deps: AppDeps, row: LatestCouncilEvaluation, input: EvaluationInput): ScoreSummary {
  if (row.resultTotal !== null && row.resultStars !== null) {
    return { total: row.resultTotal, stars: row.resultStars };
  }
  const original = findCriteriaSet(deps.criteriaSets, row.criteriaSetId);
  if (!original) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Đánh giá chưa lưu kết quả và bộ tiêu chí ${row.criteriaSetId} không còn được nạp để chấm lại.`,
    );
  }
  const result = scoreEvaluation(original, input);
  return { total: result.total, stars: result.stars };
}

/**
 * What-if regrading: re-scores the latest council evaluation of every product under `criteriaSet` and
 * reports the products whose total or stars would change. Reads only; stores nothing.
 */
export async function regradeEvaluations(deps: AppDeps, criteriaSet: CriteriaSet): Promise<RegradeReport> {
  const rows = await listLatestCouncilEvaluations(deps.db);
  const report: RegradeReport = {
    criteriaSetId: criteriaSet.id,
    fingerprint: criteriaSet.fingerprint,
    evaluated: rows.length,
    changed: [],
    unchanged: 0,
    failed: [],
  };
  for (const row of rows) {
    const { productId, productName, productSetId, certifiedStars } = row;
    try {
      const input = parseEvaluationInput({ productSetId, sheets: row.sheets });
      const before = resultBefore(deps, row, input);
      const scored = scoreEvaluation(criteriaSet, input);
      const after = { total: scored.total, stars: scored.stars };
      if (sameScore(before, after)) report.unchanged += 1;
      else report.changed.push({ productId, productName, productSetId, before, after, certifiedStars });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      report.failed.push({ productId, productName, reason: error.detail });
    }
  }
  return report;
}
