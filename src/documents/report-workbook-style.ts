// Building blocks of the report workbook: sheets set up to print (landscape A4, header row repeated, frozen
// under the header), bilingual header rows, bordered data rows with a number format per column.
import type ExcelJS from 'exceljs';

export const NUMBER_FORMATS = {
  count: '#,##0',
  /** Shares are written as fractions (0.455) and shown as percentages. */
  percent: '0.00%',
  vnd: '#,##0 "đ"',
  decimal: '#,##0.00',
  stars: '0 "sao"',
  date: 'dd/mm/yyyy',
  month: 'mm/yyyy',
} as const;

export type NumberFormat = keyof typeof NUMBER_FORMATS;

export type SheetColumn = Readonly<{ vi: string; en: string; width: number; format?: NumberFormat }>;

export type CellValue = string | number | Date | null;

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } } as const;

/** A worksheet printing on landscape A4, one page wide. */
export function printableSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
  });
}

/** A bold (or italic) line of text across `span` columns. */
export function textRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  span: number,
  font: Partial<ExcelJS.Font> = {},
): void {
  sheet.mergeCells(row, 1, row, span);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { vertical: 'middle', wrapText: true };
}

/** "Nhãn (Label)" in the first column, the value in the second (merged to `span`). */
export function labelledRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  label: string,
  value: string,
  span: number,
) {
  const cell = sheet.getCell(row, 1);
  cell.value = label;
  cell.font = { bold: true };
  sheet.mergeCells(row, 2, row, span);
  sheet.getCell(row, 2).value = value;
}

/** The header row: Vietnamese, then the English on a second line. */
export function headerRow(sheet: ExcelJS.Worksheet, row: number, columns: readonly SheetColumn[]): void {
  const header = sheet.getRow(row);
  header.values = columns.map((c) => `${c.vi}\n${c.en}`);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  });
}

/** Data rows from `row` on, each cell with its column's number format; returns the next free row. */
export function dataRows(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
  isTotal = false,
): number {
  let next = row;
  for (const values of rows) {
    const line = sheet.getRow(next++);
    values.forEach((value, i) => {
      const cell = line.getCell(i + 1);
      cell.value = value;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
      const format = formatOf(columns[i], value);
      if (format) cell.numFmt = NUMBER_FORMATS[format];
      if (isTotal) {
        cell.font = { bold: true };
        cell.fill = TOTAL_FILL;
      }
    });
  }
  return next;
}

const formatOf = (column: SheetColumn | undefined, value: CellValue): NumberFormat | undefined =>
  typeof value === 'number' || value instanceof Date ? column?.format : undefined;

/** A percentage (45.5) as the fraction Excel's percent format expects (0.455). */
export const fraction = (percent: number | null): number | null =>
  percent === null ? null : Math.round(percent * 100) / 10_000;

/** An ISO day as a date cell (midnight UTC, which Excel shows as that day). */
export const dayCell = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * Column widths, the frozen rows above `headerRow` (inclusive) and the header repeated on every printed page.
 */
export function finishSheet(
  sheet: ExcelJS.Worksheet,
  widths: readonly number[],
  headerRowNumber: number,
): void {
  sheet.columns = widths.map((width) => ({ width }));
  sheet.views = [{ state: 'frozen', ySplit: headerRowNumber, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;
}
