// The programme report as an Excel workbook: a Summary sheet (indicators and plan targets), then one sheet per
// breakdown. Numbers stay numbers (with number formats) so the office can filter, sum and chart them; every
// sheet prints on landscape A4 with its header row repeated, and is frozen under that header.
import ExcelJS from 'exceljs';
import { normalizeText } from './nfc.ts';
import { REPORT_TITLE, scopeText } from './report-format.ts';
import type { ReportDocument } from './report-types.ts';
import {
  communesSheet,
  groupsSheet,
  historySheet,
  producerTypesSheet,
  provincesSheet,
  sectorsSheet,
  starsSheet,
} from './report-workbook-sheets.ts';
import { addSummarySheet } from './report-workbook-summary.ts';
import { addTableSheet } from './report-workbook-table.ts';

export async function renderReportWorkbook(raw: ReportDocument): Promise<Buffer> {
  const doc = normalizeText(raw);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng OCOP';
  workbook.title = `${REPORT_TITLE.vi} — ${scopeText(doc).vi}`;
  workbook.created = new Date(doc.generatedAt);
  addSummarySheet(workbook, doc);
  const sheets = [
    starsSheet(doc),
    sectorsSheet(doc),
    groupsSheet(doc),
    producerTypesSheet(doc),
    communesSheet(doc),
    provincesSheet(doc),
    historySheet(doc),
  ];
  for (const sheet of sheets) if (sheet) addTableSheet(workbook, doc, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
