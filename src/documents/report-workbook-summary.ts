// The Summary sheet (Tổng hợp) of the report workbook: scope, period, when it was made, every indicator with
// its value, unit and source, then the targets of each plan that covers the period with their progress.
import type ExcelJS from 'exceljs';
import {
  asOfText,
  comparatorText,
  generatedText,
  metText,
  periodText,
  planHeading,
  REPORT_TITLE,
  scopeText,
  sourceText,
  unitText,
} from './report-format.ts';
import type { ReportDocument, ReportIndicator, ReportTarget, ReportUnit } from './report-types.ts';
import {
  type CellValue,
  dataRows,
  finishSheet,
  fraction,
  headerRow,
  labelledRow,
  NUMBER_FORMATS,
  type NumberFormat,
  printableSheet,
  type SheetColumn,
  textRow,
} from './report-workbook-style.ts';

const WIDTHS = [6, 46, 24, 16, 10, 12, 14, 22, 16, 14, 14, 12];
const SPAN = WIDTHS.length;
/** The indicators' header row: frozen, and repeated on every printed page. */
export const SUMMARY_HEADER_ROW = 8;

const c = (vi: string, en: string): SheetColumn => ({ vi, en, width: 0 });

const INDICATOR_COLUMNS = [
  c('STT', 'No.'),
  c('Chỉ số', 'Indicator'),
  c('Tham số', 'Parameters'),
  c('Giá trị', 'Value'),
  c('Đơn vị', 'Unit'),
  c('Tử số', 'Numerator'),
  c('Mẫu số', 'Denominator'),
  c('Thời điểm, kỳ đo', 'Measured'),
  c('Nguồn', 'Source'),
];

const TARGET_COLUMNS = [
  c('STT', 'No.'),
  c('Chỉ tiêu', 'Target'),
  c('Chỉ số, tham số', 'Indicator'),
  c('Thực hiện', 'Actual'),
  c('Đơn vị', 'Unit'),
  c('So sánh', 'Comparator'),
  c('Mục tiêu', 'Target value'),
  c('Tiến độ', 'Progress'),
  c('Đạt?', 'Met?'),
  c('Cần thêm mỗi tháng', 'Pace needed per month'),
  c('Dự báo cuối kỳ', 'Forecast at period end'),
  c('Dự báo đạt?', 'Forecast met?'),
];

const VALUE_FORMAT: Record<ReportUnit, NumberFormat> = { count: 'count', percent: 'percent', vnd: 'vnd' };
/** Paces and forecasts of counts have decimals ("2,35 products a month"). */
const RATE_FORMAT: Record<ReportUnit, NumberFormat> = { count: 'decimal', percent: 'percent', vnd: 'vnd' };

/** A value in its unit: shares as fractions under the percent format. */
const inUnit = (value: number | null, unit: ReportUnit): CellValue =>
  unit === 'percent' ? fraction(value) : value;

/** One bordered row; `formats` by column number (only number cells get one). */
function writeRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  values: CellValue[],
  formats: Readonly<Record<number, NumberFormat>>,
): number {
  const next = dataRows(sheet, row, [], [values]);
  for (const [column, format] of Object.entries(formats)) {
    const cell = sheet.getCell(row, Number(column));
    if (typeof cell.value === 'number') cell.numFmt = NUMBER_FORMATS[format];
  }
  return next;
}

const indicatorRow = (i: ReportIndicator, n: number): CellValue[] => [
  n,
  `${i.label.vi}\n${i.label.en}`,
  i.note,
  inUnit(i.value, i.unit),
  unitText(i.unit).vi,
  i.numerator,
  i.denominator,
  i.measured,
  sourceText(i.source).vi,
];

const targetRow = (t: ReportTarget, n: number): CellValue[] => [
  n,
  t.wording ?? t.actual.label.vi,
  [t.actual.label.vi, t.actual.note].filter(Boolean).join(' — '),
  inUnit(t.actual.value, t.actual.unit),
  unitText(t.actual.unit).vi,
  comparatorText(t.comparator),
  inUnit(t.target, t.actual.unit),
  fraction(t.progressPercent),
  metText(t.met),
  inUnit(t.paceNeededPerMonth, t.actual.unit),
  inUnit(t.forecast, t.actual.unit),
  metText(t.forecastMet),
];

export function addSummarySheet(workbook: ExcelJS.Workbook, doc: ReportDocument): void {
  const sheet = printableSheet(workbook, 'Tổng hợp');
  finishSheet(sheet, WIDTHS, SUMMARY_HEADER_ROW);
  const scope = scopeText(doc);
  textRow(sheet, 1, `${REPORT_TITLE.vi} — ${scope.vi.toUpperCase()}`, SPAN, { bold: true, size: 14 });
  textRow(sheet, 2, `${REPORT_TITLE.en} — ${scope.en}`, SPAN, { italic: true, color: { argb: 'FF555555' } });
  labelledRow(sheet, 3, 'Phạm vi (Scope)', scope.vi, SPAN);
  labelledRow(sheet, 4, 'Kỳ báo cáo (Period)', periodText(doc), SPAN);
  labelledRow(sheet, 5, 'Số liệu tồn tại ngày (Stock as of)', asOfText(doc), SPAN);
  labelledRow(sheet, 6, 'Lập lúc (Generated at)', generatedText(doc), SPAN);
  headerRow(sheet, SUMMARY_HEADER_ROW, INDICATOR_COLUMNS);
  let row = SUMMARY_HEADER_ROW + 1;
  doc.indicators.forEach((indicator, i) => {
    const formats = { 4: VALUE_FORMAT[indicator.unit], 6: 'count', 7: 'count' } as const;
    row = writeRow(sheet, row, indicatorRow(indicator, i + 1), formats);
  });
  row += 1;
  textRow(sheet, row++, 'TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH (Progress to the plans’ targets)', SPAN, {
    bold: true,
    size: 12,
  });
  if (doc.plans.length === 0) {
    textRow(
      sheet,
      row,
      'Không có kế hoạch nào của phạm vi này trùng kỳ báo cáo (no plan covers the period).',
      SPAN,
      {
        italic: true,
      },
    );
    return;
  }
  for (const plan of doc.plans) {
    textRow(sheet, row++, planHeading(plan), SPAN, { bold: true });
    headerRow(sheet, row++, TARGET_COLUMNS);
    plan.targets.forEach((target, i) => {
      const unit = target.actual.unit;
      const [value, rate] = [VALUE_FORMAT[unit], RATE_FORMAT[unit]];
      const formats = { 4: value, 7: value, 8: 'percent', 10: rate, 11: rate } as const;
      row = writeRow(sheet, row, targetRow(target, i + 1), formats);
    });
    row += 1;
  }
}
