/** Kinds of support given to producers (hỗ trợ chủ thể OCOP), a fixed list so that totals add up by kind. */
export const SUPPORT_KINDS = [
  {
    code: 'trademark_registration',
    labelVi: 'Đăng ký nhãn hiệu',
    labelEn: 'Trademark registration',
  },
  { code: 'barcode_gs1', labelVi: 'Mã số mã vạch (GS1)', labelEn: 'Barcode (GS1)' },
  {
    code: 'packaging_label_design',
    labelVi: 'Thiết kế bao bì, nhãn mác',
    labelEn: 'Packaging and label design',
  },
  { code: 'stamp_printing', labelVi: 'In tem truy xuất, tem OCOP', labelEn: 'Stamp printing' },
  { code: 'lab_tests', labelVi: 'Kiểm nghiệm sản phẩm', labelEn: 'Laboratory tests' },
  { code: 'credit_loans', labelVi: 'Tín dụng, vốn vay', labelEn: 'Credit and loans' },
  { code: 'equipment', labelVi: 'Máy móc, trang thiết bị', labelEn: 'Equipment' },
  { code: 'training', labelVi: 'Đào tạo, tập huấn', labelEn: 'Training' },
  { code: 'trade_promotion', labelVi: 'Xúc tiến thương mại', labelEn: 'Trade promotion' },
  { code: 'other', labelVi: 'Hỗ trợ khác', labelEn: 'Other' },
] as const;

export type SupportKind = (typeof SUPPORT_KINDS)[number]['code'];
export const SUPPORT_KIND_CODES = SUPPORT_KINDS.map((k) => k.code) as [SupportKind, ...SupportKind[]];
