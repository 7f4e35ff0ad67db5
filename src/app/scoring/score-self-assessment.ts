import { type DomainError, type FieldError, isDomainError } from '../../domain/errors.ts';
import { latestCriteriaSet } from '../../domain/scoring/catalog.ts';
import type { EvaluationResult } from '../../domain/scoring/evaluation-types.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';
import type { AppDeps } from '../deps.ts';
import { findCriteriaSetByRef } from './criteria-set-ref.ts';

/** One producer's answers for one sheet: criterion code (or "8.b" for a case) → 0-based option index. */
export type SelfAssessmentInput = {
  productSetId: number;
  answers: Record<string, number>;
  /** Id or slug of the criteria set; the one in force when absent. */
  criteriaSetId?: string | undefined;
};

/** The engine reports fields of a council evaluation (`sheets[0].answers.1.1`); a request has one sheet. */
function requestField(field: string): string {
  if (field.startsWith('sheets[0].')) return `body.${field.slice('sheets[0].'.length)}`;
  if (field === 'sheets') return 'body.answers';
  return `body.${field}`;
}

function asRequestErrors(error: DomainError): DomainError {
  const [first, ...rest] = (error.fieldErrors ?? []).map((f) => ({ ...f, field: requestField(f.field) }));
  return first ? validationError([first, ...rest]) : error;
}

/** The criteria set a self-assessment names (id or slug), or the one in force; VALIDATION_FAILED otherwise. */
export function selfAssessmentCriteriaSet(deps: AppDeps, ref: string | undefined): CriteriaSet {
  const set =
    ref === undefined ? latestCriteriaSet(deps.criteriaSets) : findCriteriaSetByRef(deps.criteriaSets, ref);
  if (set) return set;
  const error: FieldError = {
    field: 'body.criteriaSetId',
    message: `Không có bộ tiêu chí "${ref ?? ''}" (có: ${deps.criteriaSets.map((s) => s.id).join(', ')})`,
  };
  throw validationError([error]);
}

/** Scores one sheet with the engine (pure); bad answers throw VALIDATION_FAILED naming `body.answers.<code>`. */
export function scoreSelfAssessment(deps: AppDeps, input: SelfAssessmentInput): EvaluationResult {
  const set = selfAssessmentCriteriaSet(deps, input.criteriaSetId);
  try {
    return scoreEvaluation(set, { productSetId: input.productSetId, sheets: [{ answers: input.answers }] });
  } catch (error) {
    throw isDomainError(error) ? asRequestErrors(error) : error;
  }
}
