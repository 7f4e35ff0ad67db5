/** Where a dossier is in the evaluation (Decision 26/2026/QĐ-TTg Art. 6–7); see docs/adr/0011. */
export const DOSSIER_STATES = [
  'draft',
  'commune_review',
  'returned_by_commune',
  'province_review',
  'supplement_requested',
  'council_scoring',
  'council_discussion',
  'council_proposed',
  'decision_drafted',
  'central_review',
  'central_scoring',
  'central_discussion',
  'central_proposed',
  'central_decision_drafted',
  'returned_to_province',
  'recognised',
  'not_recognised',
  'rejected',
  'withdrawn',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const TERMINAL_STATES: readonly DossierState[] = [
  'recognised',
  'not_recognised',
  'rejected',
  'withdrawn',
];
export const isTerminal = (state: DossierState): boolean => TERMINAL_STATES.includes(state);

export const REGISTRATION_TYPES = ['first', 'upgrade', 're_evaluation'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export type EvaluationLevel = 'province' | 'central';

/** The council level a scoring state belongs to (null: no council at work). */
export function councilLevelOf(state: DossierState): EvaluationLevel | null {
  if (state === 'council_scoring' || state === 'council_discussion') return 'province';
  if (state === 'central_scoring' || state === 'central_discussion') return 'central';
  return null;
}

export const DOSSIER_STATE_LABELS: Record<DossierState, { vi: string; en: string }> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  commune_review: { vi: 'UBND xã đang xem xét', en: 'Commune review' },
  returned_by_commune: { vi: 'Xã trả lại để bổ sung', en: 'Returned by the commune' },
  province_review: { vi: 'Cơ quan OCOP tỉnh đang kiểm tra', en: 'Provincial office review' },
  supplement_requested: { vi: 'Tỉnh yêu cầu bổ sung', en: 'Supplement requested' },
  council_scoring: { vi: 'Hội đồng tỉnh đang chấm điểm', en: 'Provincial council scoring' },
  council_discussion: { vi: 'Hội đồng tỉnh thảo luận', en: 'Provincial council discussion' },
  council_proposed: { vi: 'Hội đồng tỉnh đã đề xuất', en: 'Proposed by the provincial council' },
  decision_drafted: { vi: 'Chờ Chủ tịch UBND tỉnh quyết định', en: 'Awaiting the provincial decision' },
  central_review: { vi: 'Bộ đang kiểm tra (5 sao)', en: 'Ministry review (5★)' },
  central_scoring: { vi: 'Hội đồng Trung ương đang chấm điểm', en: 'Central council scoring' },
  central_discussion: { vi: 'Hội đồng Trung ương thảo luận', en: 'Central council discussion' },
  central_proposed: { vi: 'Hội đồng Trung ương đã đề xuất', en: 'Proposed by the central council' },
  central_decision_drafted: { vi: 'Chờ Bộ trưởng quyết định', en: 'Awaiting the minister’s decision' },
  returned_to_province: { vi: 'Trả về tỉnh (dưới 90 điểm)', en: 'Returned to the province (< 90)' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
  not_recognised: { vi: 'Không đạt 3 sao', en: 'Not recognised (< 3★)' },
  rejected: { vi: 'Hồ sơ bị loại', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
};
