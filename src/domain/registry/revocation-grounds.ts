// Grounds for revoking an OCOP certificate: Decision 26/2026/QĐ-TTg, Điều 8 khoản 1, points a)–e)
// (point đ is coded "dd"). Labels are short forms of the decision's wording.

export const REVOCATION_GROUNDS = [
  {
    code: 'a',
    labelVi: 'Cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ',
    labelEn: 'Untruthful information or forged dossier',
  },
  {
    code: 'b',
    labelVi: 'Sản phẩm không còn đáp ứng Bộ tiêu chí theo kết luận kiểm tra, giám sát',
    labelEn: 'No longer meets the criteria, per an inspection conclusion',
  },
  {
    code: 'c',
    labelVi: 'Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn…',
    labelEn: 'Violation of the law on quality, food safety, environment, IP, labelling…',
  },
  {
    code: 'd',
    labelVi: 'Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn',
    labelEn: 'Misuse of the OCOP mark causing confusion',
  },
  {
    code: 'dd',
    labelVi: 'Chủ thể không còn hoạt động sản xuất sản phẩm OCOP',
    labelEn: 'The producer no longer makes the OCOP product',
  },
  {
    code: 'e',
    labelVi: 'Trường hợp khác theo kết luận, đề nghị của cơ quan nhà nước có thẩm quyền',
    labelEn: 'Other cases concluded or proposed by a competent authority',
  },
] as const;

export type RevocationGround = (typeof REVOCATION_GROUNDS)[number]['code'];

export const isRevocationGround = (code: string): code is RevocationGround =>
  REVOCATION_GROUNDS.some((g) => g.code === code);
