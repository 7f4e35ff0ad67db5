import type { DossierAction } from './transitions.ts';

export const DOSSIER_ACTION_LABELS: Record<DossierAction, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  return: { vi: 'Trả lại để bổ sung', en: 'Return for completion' },
  forward: { vi: 'Chuyển lên tỉnh', en: 'Forward to the province' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request a supplement' },
  reject: { vi: 'Loại hồ sơ', en: 'Reject' },
  send_to_council: { vi: 'Chuyển Hội đồng chấm điểm', en: 'Send to the council' },
  open_discussion: { vi: 'Mở thảo luận', en: 'Open the discussion' },
  request_rescore: { vi: 'Yêu cầu chấm lại', en: 'Ask for a re-score' },
  finalize: { vi: 'Kết luận kết quả', en: 'Finalise the result' },
  prepare_decision: { vi: 'Dự thảo quyết định', en: 'Prepare the decision' },
  sign: { vi: 'Ký quyết định', en: 'Sign the decision' },
  return_to_province: { vi: 'Trả hồ sơ về tỉnh', en: 'Return to the province' },
  re_evaluate: { vi: 'Đánh giá lại tại tỉnh', en: 'Re-evaluate at the province' },
};
