// Words and numbers shared by the report workbook and the PDF summary (Vietnamese first, English second).
import { formatDateTime, formatShortDate } from './format.ts';
import type {
  Bilingual,
  ReportComparator,
  ReportDocument,
  ReportIndicator,
  ReportPlan,
  ReportUnit,
} from './report-types.ts';

export const REPORT_TITLE: Bilingual = {
  vi: 'BÁO CÁO CHƯƠNG TRÌNH OCOP',
  en: 'OCOP programme report',
};

/** "Tỉnh Tuyên Quang (mã 08)" or "Toàn quốc (34 tỉnh, thành phố)". */
export function scopeText(doc: ReportDocument): Bilingual {
  if (doc.scope.kind === 'national') {
    return { vi: 'Toàn quốc (34 tỉnh, thành phố)', en: 'Whole country (34 provinces)' };
  }
  return { vi: `${doc.scope.name} (mã ${doc.scope.code})`, en: `${doc.scope.name} (code ${doc.scope.code})` };
}

export const periodText = (doc: ReportDocument): string =>
  `${formatShortDate(doc.window.from)} – ${formatShortDate(doc.window.to)}`;

export const asOfText = (doc: ReportDocument): string => formatShortDate(doc.window.asOf);

export const generatedText = (doc: ReportDocument): string => formatDateTime(doc.generatedAt);

export const planHeading = (plan: ReportPlan): string =>
  `Kế hoạch: ${plan.name}${plan.decisionRef ? ` (${plan.decisionRef})` : ''} — kỳ ` +
  `${formatShortDate(plan.periodFrom)} – ${formatShortDate(plan.periodTo)}, ` +
  `đo tại ngày ${formatShortDate(plan.measuredOn)}`;

const UNITS: Record<ReportUnit, Bilingual> = {
  count: { vi: 'Số lượng', en: 'Count' },
  percent: { vi: '%', en: '%' },
  vnd: { vi: 'Đồng', en: 'VND' },
};

export const unitText = (unit: ReportUnit): Bilingual => UNITS[unit];

export const sourceText = (source: ReportIndicator['source']): Bilingual =>
  source === 'computed'
    ? { vi: 'Tính từ dữ liệu', en: 'Computed' }
    : { vi: 'Nhập tay', en: 'Entered by hand' };

const COMPARATORS: Record<ReportComparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '=': '=' };

export const comparatorText = (comparator: ReportComparator): string => COMPARATORS[comparator];

/** "Đạt" / "Chưa đạt" / "—" (not known). */
export const metText = (met: boolean | null): string => (met === null ? '—' : met ? 'Đạt' : 'Chưa đạt');

/** "Có" / "Không". */
export const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A value as printed: "1.234", "45,5%", "12.000.000 đ", "—" when unknown. */
export function formatValue(value: number | null, unit: ReportUnit): string {
  if (value === null) return '—';
  if (unit === 'percent') return `${decimal.format(value)}%`;
  if (unit === 'vnd') return `${integer.format(value)} đ`;
  return decimal.format(value);
}

/** A share of a whole, as a percentage (2 decimals); null for a share of nothing. */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;

export const STAR_LEVELS = ['3', '4', '5'] as const;
