// Words shared by every public portal page, Vietnamese first.
import type { CertificateStatusCode } from '../../../domain/registry/certificate-status-codes.ts';
import { PRODUCER_TYPES } from '../../../domain/registry/producer-types.ts';
import type { Lang } from '../layout.ts';

export const CHROME = {
  vi: {
    siteName: 'Sản phẩm OCOP Việt Nam',
    skip: 'Bỏ qua, đến nội dung chính',
    nav: 'Điều hướng chính',
    products: 'Sản phẩm',
    salePoints: 'Điểm bán',
    events: 'Hội chợ, sự kiện',
    statistics: 'Số liệu',
    openData: 'Dữ liệu mở',
    otherLanguage: 'English',
    footer:
      'Thông tin từ sổ đăng ký sản phẩm OCOP; tình trạng giấy chứng nhận tính tại thời điểm xem trang. Chương trình Mỗi xã một sản phẩm theo Quyết định 26/2026/QĐ-TTg.',
    admin: 'Đăng nhập quản trị',
    api: 'Tài liệu API',
    selfAssessment: 'Tự đánh giá sản phẩm',
  },
  en: {
    siteName: 'Vietnam OCOP products',
    skip: 'Skip to main content',
    nav: 'Main navigation',
    products: 'Products',
    salePoints: 'Sale points',
    events: 'Fairs and events',
    statistics: 'Figures',
    openData: 'Open data',
    otherLanguage: 'Tiếng Việt',
    footer:
      'Data from the OCOP product registry; certificate status as of the moment you view the page. One Commune One Product programme, Decision 26/2026/QĐ-TTg.',
    admin: 'Back-office log-in',
    api: 'API documentation',
    selfAssessment: 'Product self-assessment',
  },
} as const;

export const STATUS_BADGE: Readonly<
  Record<CertificateStatusCode, Readonly<{ tone: string; vi: string; en: string }>>
> = {
  valid: { tone: 'green', vi: 'Còn hiệu lực', en: 'Valid' },
  expiring: { tone: 'amber', vi: 'Sắp hết hạn', en: 'Expiring soon' },
  extended: { tone: 'amber', vi: 'Đang gia hạn', en: 'Extended' },
  expired: { tone: 'red', vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { tone: 'red', vi: 'Đã bị thu hồi', en: 'Revoked' },
  not_yet_valid: { tone: 'amber', vi: 'Chưa có hiệu lực', en: 'Not yet valid' },
  none: { tone: 'grey', vi: 'Chưa có chứng nhận', en: 'Not certified' },
};

export function producerTypeLabel(lang: Lang, code: string): string {
  const type = PRODUCER_TYPES.find((t) => t.code === code);
  if (!type) return code;
  return lang === 'vi' ? type.labelVi : type.labelEn;
}

export const starsText = (lang: Lang, stars: number) => (lang === 'vi' ? `${stars} sao` : `${stars} stars`);
