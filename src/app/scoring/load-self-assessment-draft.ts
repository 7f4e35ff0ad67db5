import { findSelfAssessmentDraft } from '../../db/repositories/evaluations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { isDomainError } from '../../domain/errors.ts';
import type { EvaluationResult } from '../../domain/scoring/evaluation-types.ts';
import type { AppDeps } from '../deps.ts';
import { scoreSelfAssessment } from './score-self-assessment.ts';

export type LoadedDraft = {
  answers: Record<string, number>;
  criteriaSetId: string;
  savedAt: string;
  /** The answers scored with the current data; null when they no longer fit the criteria set. */
  result: EvaluationResult | null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only whole-number answers survive a round trip through jsonb we do not control. */
function answersOf(sheets: unknown): Record<string, number> {
  const first: unknown = Array.isArray(sheets) ? sheets[0] : undefined;
  const answers = isRecord(first) && isRecord(first.answers) ? first.answers : {};
  return Object.fromEntries(
    Object.entries(answers).filter((entry): entry is [string, number] => Number.isInteger(entry[1])),
  );
}

/** The producer's saved draft for a product set, scored again; null for other roles or when none. */
export async function loadSelfAssessmentDraft(
  deps: AppDeps,
  actor: Actor,
  productSetId: number,
): Promise<LoadedDraft | null> {
  if (actor.role !== 'producer') return null;
  const row = await findSelfAssessmentDraft(deps.db, actor.id, productSetId);
  if (!row) return null;
  const answers = answersOf(row.sheets);
  let result: EvaluationResult | null = null;
  try {
    result = scoreSelfAssessment(deps, { productSetId, answers, criteriaSetId: row.criteriaSetId });
  } catch (error) {
    if (!isDomainError(error)) throw error;
  }
  return { answers, criteriaSetId: row.criteriaSetId, savedAt: row.updatedAt.toISOString(), result };
}
