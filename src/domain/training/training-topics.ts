/** Topics of OCOP training courses (tập huấn), a fixed list so that coverage can be counted per topic. */
export const TRAINING_TOPICS = [
  { code: 'digital_transformation', labelVi: 'Chuyển đổi số', labelEn: 'Digital transformation' },
  {
    code: 'packaging_labelling',
    labelVi: 'Bao bì, nhãn mác',
    labelEn: 'Packaging and labelling',
  },
  { code: 'intellectual_property', labelVi: 'Sở hữu trí tuệ', labelEn: 'Intellectual property' },
  { code: 'traceability', labelVi: 'Truy xuất nguồn gốc', labelEn: 'Traceability' },
  {
    code: 'marketing_ecommerce',
    labelVi: 'Tiếp thị, thương mại điện tử',
    labelEn: 'Marketing and e-commerce',
  },
  { code: 'food_safety', labelVi: 'An toàn thực phẩm', labelEn: 'Food safety' },
  { code: 'financial_management', labelVi: 'Quản lý tài chính', labelEn: 'Financial management' },
  {
    code: 'ocop_criteria_dossier',
    labelVi: 'Bộ tiêu chí và hồ sơ OCOP',
    labelEn: 'OCOP criteria and dossier',
  },
  { code: 'other', labelVi: 'Chủ đề khác', labelEn: 'Other' },
] as const;

export type TrainingTopic = (typeof TRAINING_TOPICS)[number]['code'];
export const TRAINING_TOPIC_CODES = TRAINING_TOPICS.map((t) => t.code) as [TrainingTopic, ...TrainingTopic[]];
