/** What came of a fair or a supply–demand conference, recorded after it. */
export const OUTCOME_KINDS = [
  { code: 'lead', labelVi: 'Khách hàng, đối tác tiềm năng', labelEn: 'Lead' },
  { code: 'mou', labelVi: 'Biên bản ghi nhớ hợp tác', labelEn: 'Memorandum of understanding' },
  { code: 'contract', labelVi: 'Hợp đồng mua bán', labelEn: 'Contract' },
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number]['code'];
export const OUTCOME_KIND_CODES = OUTCOME_KINDS.map((k) => k.code) as [OutcomeKind, ...OutcomeKind[]];
