import {
  type EvaluationRow,
  findSelfAssessmentDraft,
  upsertSelfAssessmentDraft,
} from '../../db/repositories/evaluations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { EvaluationResult } from '../../domain/scoring/evaluation-types.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import {
  type SelfAssessmentInput,
  scoreSelfAssessment,
  selfAssessmentCriteriaSet,
} from './score-self-assessment.ts';

export type SavedDraft = { savedAt: string; result: EvaluationResult };

const auditView = (row: EvaluationRow) => ({
  kind: row.kind,
  criteriaSetId: row.criteriaSetId,
  productSetId: row.productSetId,
  sheets: row.sheets,
  resultTotal: row.resultTotal,
  resultStars: row.resultStars,
});

/**
 * Saves a producer's self-assessment answers as their draft for the product set (one per user and set,
 * replaced on every save). Only producer accounts keep drafts. The answers are scored first, so a draft
 * is always valid for the criteria set it names.
 */
export async function saveSelfAssessmentDraft(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: SelfAssessmentInput,
): Promise<SavedDraft> {
  if (actor.role !== 'producer') {
    throw new DomainError('FORBIDDEN', 'Chỉ tài khoản chủ thể (producer) được lưu nháp tự đánh giá.');
  }
  const set = selfAssessmentCriteriaSet(deps, input.criteriaSetId);
  const result = scoreSelfAssessment(deps, { ...input, criteriaSetId: set.id });
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const before = await findSelfAssessmentDraft(tx, actor.id, input.productSetId);
    const row = await upsertSelfAssessmentDraft(tx, {
      productId: null,
      criteriaSetId: set.id,
      criteriaFingerprint: set.fingerprint,
      productSetId: input.productSetId,
      sheets: [{ answers: input.answers }],
      resultTotal: result.totalText,
      resultStars: result.stars,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'evaluation',
      entityId: row.id,
      action: before ? 'update' : 'create',
      before: before ? auditView(before) : undefined,
      after: auditView(row),
    });
    return { savedAt: row.updatedAt.toISOString(), result };
  });
}
