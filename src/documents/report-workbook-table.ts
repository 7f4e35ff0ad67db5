// One breakdown sheet of the report workbook: a title naming the scope and the day, then one table.
import type ExcelJS from 'exceljs';
import { asOfText, periodText, scopeText } from './report-format.ts';
import type { Bilingual, ReportDocument } from './report-types.ts';
import {
  type CellValue,
  dataRows,
  finishSheet,
  headerRow,
  printableSheet,
  type SheetColumn,
  textRow,
} from './report-workbook-style.ts';

export type TableSheet = Readonly<{
  /** The tab's name (at most 31 characters, none of \ / ? * [ ] :). */
  name: string;
  title: Bilingual;
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
  /** Total lines under the table (bold, shaded). */
  totals?: readonly (readonly CellValue[])[];
  /** Whether the figures are stock (on asOf) or over the period. */
  measured?: 'asOf' | 'period' | 'history';
}>;

/** The header row of every breakdown sheet (rows above: titles). */
export const TABLE_HEADER_ROW = 4;

function subtitle(doc: ReportDocument, measured: TableSheet['measured']): string {
  const scope = scopeText(doc).vi;
  if (measured === 'period')
    return `${scope} · Số liệu tại ngày ${asOfText(doc)}; trong kỳ: ${periodText(doc)}`;
  if (measured === 'history') return `${scope} · Cuối mỗi tháng, tháng cuối tính đến ngày ${asOfText(doc)}`;
  return `${scope} · Số liệu tại ngày ${asOfText(doc)}`;
}

export function addTableSheet(workbook: ExcelJS.Workbook, doc: ReportDocument, table: TableSheet): void {
  const sheet = printableSheet(workbook, table.name);
  const span = table.columns.length;
  finishSheet(
    sheet,
    table.columns.map((c) => c.width),
    TABLE_HEADER_ROW,
  );
  textRow(sheet, 1, table.title.vi.toUpperCase(), span, { bold: true, size: 13 });
  textRow(sheet, 2, table.title.en, span, { italic: true, color: { argb: 'FF555555' } });
  textRow(sheet, 3, subtitle(doc, table.measured), span, { italic: true });
  headerRow(sheet, TABLE_HEADER_ROW, table.columns);
  const next = dataRows(sheet, TABLE_HEADER_ROW + 1, table.columns, table.rows);
  if (table.totals) dataRows(sheet, next, table.columns, table.totals, true);
  sheet.autoFilter = {
    from: { row: TABLE_HEADER_ROW, column: 1 },
    to: { row: TABLE_HEADER_ROW + table.rows.length, column: span },
  };
}
