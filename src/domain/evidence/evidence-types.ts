/**
 * Kinds of evidence a producer keeps in its wallet, following the evidence checklist of Form 02
 * (Báo cáo tự đánh giá, Annex III of Decision 26/2026/QĐ-TTg) and its Part I tick-boxes.
 * `expectsExpiry`: the paper normally carries an end of validity (validTo expected); the dossier warns
 * when such a paper lapses before the round's decision.
 */
export const EVIDENCE_TYPES = [
  {
    code: 'business_registration',
    label: 'Giấy chứng nhận đăng ký doanh nghiệp / hợp tác xã / hộ kinh doanh',
    labelEn: 'Business registration certificate',
    expectsExpiry: false,
  },
  {
    code: 'food_safety_certificate',
    label: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    labelEn: 'Food-safety facility certificate',
    expectsExpiry: true,
  },
  {
    code: 'production_condition_certificate',
    label: 'Giấy chứng nhận đủ điều kiện sản xuất (bắt buộc theo ngành)',
    labelEn: 'Mandatory production-condition certificate',
    expectsExpiry: true,
  },
  {
    code: 'raw_material_contract',
    label: 'Hợp đồng, hoá đơn về nguồn gốc nguyên liệu, liên kết chuỗi',
    labelEn: 'Raw-material origin and value-chain contracts or invoices',
    expectsExpiry: true,
  },
  {
    code: 'environment_dossier',
    label: 'Hồ sơ môi trường và hình ảnh',
    labelEn: 'Environmental dossier and photos',
    expectsExpiry: false,
  },
  {
    code: 'local_labour_list',
    label: 'Danh sách lao động địa phương có đóng bảo hiểm, nơi cư trú',
    labelEn: 'Insured local-labour list with residence',
    expectsExpiry: false,
  },
  {
    code: 'coop_rating_or_financials',
    label: 'Kết quả xếp loại hợp tác xã hoặc báo cáo tài chính 2 năm gần nhất',
    labelEn: 'Cooperative rating or the last two years’ financial statements',
    expectsExpiry: false,
  },
  {
    code: 'ip_trademark',
    label: 'Giấy chứng nhận đăng ký nhãn hiệu',
    labelEn: 'Trademark registration certificate',
    expectsExpiry: true,
  },
  {
    code: 'ip_geographical_indication',
    label: 'Quyền sử dụng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận',
    labelEn: 'Right to use a geographical indication, collective or certification mark',
    // The indication itself is protected indefinitely; the producer's right to use it is granted for a term.
    expectsExpiry: true,
  },
  {
    code: 'distribution_contract',
    label: 'Hợp đồng, hoá đơn phân phối, xuất khẩu',
    labelEn: 'Distribution or export contracts and invoices',
    expectsExpiry: true,
  },
  {
    code: 'promotion_proof',
    label: 'Minh chứng quảng bá (website, sàn thương mại điện tử, hội chợ…)',
    labelEn: 'Promotion proof (website, e-commerce, fairs…)',
    expectsExpiry: false,
  },
  {
    code: 'product_story_media',
    label: 'Tờ rơi, hình ảnh, phim về câu chuyện sản phẩm',
    labelEn: 'Leaflets, photos and films telling the product story',
    expectsExpiry: false,
  },
  {
    code: 'quality_declaration',
    label: 'Bản tự công bố / công bố chất lượng sản phẩm',
    labelEn: 'Product quality (self-)declaration',
    expectsExpiry: false,
  },
  {
    code: 'lab_test_report',
    label: 'Phiếu kết quả kiểm nghiệm',
    labelEn: 'Laboratory test report',
    // Tests are periodic: the validTo is when the next test is due.
    expectsExpiry: true,
  },
  {
    code: 'barcode_traceability',
    label: 'Mã số mã vạch, tem truy xuất nguồn gốc, tài liệu thương hiệu',
    labelEn: 'Barcode, traceability stamp and brand documents',
    expectsExpiry: true,
  },
  {
    code: 'qms_certificate',
    label: 'Chứng nhận hệ thống quản lý chất lượng (ISO, HACCP, VietGAP, hữu cơ…)',
    labelEn: 'Quality-management certificate (ISO, HACCP, VietGAP, organic…)',
    expectsExpiry: true,
  },
  { code: 'award', label: 'Giải thưởng, bằng khen', labelEn: 'Awards', expectsExpiry: false },
  { code: 'other', label: 'Tài liệu khác', labelEn: 'Other document', expectsExpiry: false },
] as const satisfies readonly {
  code: string;
  label: string;
  labelEn: string;
  expectsExpiry: boolean;
}[];

export type EvidenceType = (typeof EVIDENCE_TYPES)[number]['code'];
export type EvidenceTypeInfo = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_CODES = EVIDENCE_TYPES.map((t) => t.code) as [EvidenceType, ...EvidenceType[]];

export function isEvidenceType(code: string): code is EvidenceType {
  return EVIDENCE_TYPES.some((t) => t.code === code);
}

const OTHER: EvidenceTypeInfo = {
  code: 'other',
  label: 'Tài liệu khác',
  labelEn: 'Other document',
  expectsExpiry: false,
};

/** The type's description; an unknown code (a type retired from the list) reads as 'other'. */
export function evidenceTypeInfo(code: string): EvidenceTypeInfo {
  return EVIDENCE_TYPES.find((t) => t.code === code) ?? OTHER;
}
