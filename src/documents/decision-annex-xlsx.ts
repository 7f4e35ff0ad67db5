// Phụ lục kèm theo Quyết định (xlsx): the same rows as the PDF, numbers kept as numbers so the office can
// filter and sum; set up to print on landscape A4 with the header row repeated.
import ExcelJS from 'exceljs';
import {
  ANNEX_COLUMNS,
  annexAddress,
  annexReference,
  annexTitle,
  grandTotal,
  groupAnnexItems,
  groupHeading,
  groupTotal,
} from './decision-annex-rows.ts';
import { normalizeText } from './nfc.ts';
import type { DecisionAnnexDocument } from './types.ts';

const WIDTHS = [6, 34, 34, 34, 28, 9, 10, 20];
const HEADER_ROW = 6;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;

function titleRow(sheet: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>): void {
  sheet.mergeCells(row, 1, row, ANNEX_COLUMNS.length);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', wrapText: true };
}

/** A full-width row (group heading or total). */
function spanningRow(sheet: ExcelJS.Worksheet, text: string, isTotal: boolean): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, ANNEX_COLUMNS.length);
  const cell = row.getCell(1);
  cell.font = { bold: true, italic: isTotal };
  cell.alignment = { horizontal: isTotal ? 'right' : 'left' };
  cell.border = BORDER;
  if (!isTotal) cell.fill = GREY;
}

export async function renderDecisionAnnexXlsx(raw: DecisionAnnexDocument): Promise<Buffer> {
  const input = normalizeText(raw);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng OCOP';
  const sheet = workbook.addWorksheet('Phụ lục', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  sheet.columns = WIDTHS.map((width) => ({ width }));
  titleRow(sheet, 1, input.authority.name.toUpperCase(), { bold: true });
  titleRow(sheet, 2, 'PHỤ LỤC', { bold: true, size: 14 });
  titleRow(sheet, 3, annexTitle(input), { bold: true, size: 12 });
  titleRow(sheet, 4, annexReference(input), { italic: true });

  const header = sheet.getRow(HEADER_ROW);
  header.values = ANNEX_COLUMNS.map(([vi, en]) => `${vi}\n(${en})`);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = GREY;
  });

  const groups = groupAnnexItems(input.items);
  for (const group of groups) {
    spanningRow(sheet, groupHeading(group.stars), false);
    for (const item of group.items) {
      const row = sheet.addRow([
        item.serial,
        item.productName,
        item.producerName,
        annexAddress(item),
        item.productSetName,
        item.score,
        item.stars,
        item.certificateNumber,
      ]);
      row.eachCell((cell) => {
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
      row.getCell(6).numFmt = '0.00';
      row.getCell(7).numFmt = '0 "sao"';
    }
    spanningRow(sheet, groupTotal(group), true);
  }
  spanningRow(sheet, grandTotal(groups), true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
