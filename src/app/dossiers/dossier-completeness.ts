import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import { type MissingItem, missingFieldItems, missingFields } from '../../domain/workflow/dossier-forms.ts';
import type { AppDeps } from '../deps.ts';
import { requireCriteriaSet } from '../scoring/criteria-set-ref.ts';

/** What a producer must still fill in before submitting: Form 01/02 fields and the Part III self-score. */
export function missingItemsForSubmission(deps: AppDeps, dossier: DossierRow): MissingItem[] {
  const missing = [
    ...missingFieldItems('01', dossier.form01 as never),
    ...missingFieldItems('02', dossier.form02 as never),
  ];
  if (!dossier.selfAssessment) {
    missing.push({ vi: 'Mẫu 02 Phần III: bản tự chấm điểm', en: 'Form 02 Part III: the self-assessment' });
    return missing;
  }
  const set = requireCriteriaSet(deps.criteriaSets, dossier.criteriaSetId);
  const result = scoreEvaluation(set, {
    productSetId: dossier.productSetId,
    sheets: [dossier.selfAssessment],
  });
  const unanswered = result.criteria.filter((c) => c.unansweredOn.length > 0).map((c) => c.code);
  if (unanswered.length > 0) {
    missing.push({
      vi: `Mẫu 02 Phần III: chưa chấm tiêu chí ${unanswered.join(', ')}`,
      en: `Form 02 Part III: criteria not scored yet: ${unanswered.join(', ')}`,
    });
  }
  return missing;
}

/** The same, in Vietnamese only (the transition's error message). */
export const missingForSubmission = (deps: AppDeps, dossier: DossierRow): string[] =>
  missingItemsForSubmission(deps, dossier).map((item) => item.vi);

export const hasCompleteForm03 = (dossier: DossierRow): boolean =>
  dossier.form03 !== null && missingFields('03', dossier.form03 as never).length === 0;
