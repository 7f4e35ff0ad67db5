import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import { missingFields } from '../../domain/workflow/dossier-forms.ts';
import type { AppDeps } from '../deps.ts';
import { requireCriteriaSet } from '../scoring/criteria-set-ref.ts';

/** What a producer must still fill in before submitting: Form 01/02 fields and the Part III self-score. */
export function missingForSubmission(deps: AppDeps, dossier: DossierRow): string[] {
  const missing = [
    ...missingFields('01', dossier.form01 as never),
    ...missingFields('02', dossier.form02 as never),
  ];
  if (!dossier.selfAssessment) {
    missing.push('Mẫu 02 Phần III: bản tự chấm điểm');
    return missing;
  }
  const set = requireCriteriaSet(deps.criteriaSets, dossier.criteriaSetId);
  const result = scoreEvaluation(set, {
    productSetId: dossier.productSetId,
    sheets: [dossier.selfAssessment],
  });
  const unanswered = result.criteria.filter((c) => c.unansweredOn.length > 0).map((c) => c.code);
  if (unanswered.length > 0) missing.push(`Mẫu 02 Phần III: chưa chấm tiêu chí ${unanswered.join(', ')}`);
  return missing;
}

export const hasCompleteForm03 = (dossier: DossierRow): boolean =>
  dossier.form03 !== null && missingFields('03', dossier.form03 as never).length === 0;
