// The list of support given to producers as an Excel workbook: every record the filters match (date,
// producer, commune, province, product, kind, amount, funding, note) with a total line, then the totals by kind.
import ExcelJS from 'exceljs';
import {
  type CellValue,
  dataRows,
  dayCell,
  finishSheet,
  headerRow,
  printableSheet,
  type SheetColumn,
  textRow,
} from './report-workbook-style.ts';

export type SupportWorkbookRow = Readonly<{
  grantedOn: string;
  producer: string;
  commune: string;
  province: string;
  product: string | null;
  kind: string;
  amountVnd: number;
  fundingSource: string | null;
  description: string | null;
}>;

export type SupportWorkbookDocument = Readonly<{
  /** "Tỉnh Tuyên Quang" or "Toàn quốc", and the filters in words. */
  scope: string;
  filters: string;
  generatedAt: Date;
  rows: readonly SupportWorkbookRow[];
  byKind: readonly Readonly<{ kind: string; count: number; amountVnd: number }>[];
}>;

const COLUMNS: readonly SheetColumn[] = [
  { vi: 'Ngày hỗ trợ', en: 'Date', width: 12, format: 'date' },
  { vi: 'Chủ thể', en: 'Producer', width: 34 },
  { vi: 'Xã, phường', en: 'Commune', width: 22 },
  { vi: 'Tỉnh, thành phố', en: 'Province', width: 16 },
  { vi: 'Sản phẩm', en: 'Product', width: 26 },
  { vi: 'Loại hỗ trợ', en: 'Kind of support', width: 24 },
  { vi: 'Kinh phí (đồng)', en: 'Amount (VND)', width: 16, format: 'vnd' },
  { vi: 'Nguồn kinh phí', en: 'Funding source', width: 26 },
  { vi: 'Nội dung', en: 'Description', width: 40 },
];

const KIND_COLUMNS: readonly SheetColumn[] = [
  { vi: 'Loại hỗ trợ', en: 'Kind of support', width: 30 },
  { vi: 'Số lần', en: 'Times', width: 10, format: 'count' },
  { vi: 'Kinh phí (đồng)', en: 'Amount (VND)', width: 18, format: 'vnd' },
];

const HEADER_ROW = 4;

function titled(sheet: ExcelJS.Worksheet, doc: SupportWorkbookDocument, title: string, span: number) {
  textRow(sheet, 1, title, span, { bold: true, size: 14 });
  textRow(sheet, 2, `${doc.scope} · ${doc.filters}`, span, { italic: true });
}

export async function renderSupportWorkbook(doc: SupportWorkbookDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng OCOP';
  workbook.created = doc.generatedAt;

  const list = printableSheet(workbook, 'Hỗ trợ chủ thể');
  titled(list, doc, 'Hỗ trợ chủ thể OCOP (Support given to OCOP producers)', COLUMNS.length);
  headerRow(list, HEADER_ROW, COLUMNS);
  const rows: CellValue[][] = doc.rows.map((r) => [
    dayCell(r.grantedOn),
    r.producer,
    r.commune,
    r.province,
    r.product,
    r.kind,
    r.amountVnd,
    r.fundingSource,
    r.description,
  ]);
  const next = dataRows(list, HEADER_ROW + 1, COLUMNS, rows);
  const total = doc.rows.reduce((sum, r) => sum + r.amountVnd, 0);
  dataRows(
    list,
    next,
    COLUMNS,
    [[`Tổng cộng: ${doc.rows.length} lần`, null, null, null, null, null, total, null, null]],
    true,
  );
  list.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMNS.length } };
  finishSheet(
    list,
    COLUMNS.map((c) => c.width),
    HEADER_ROW,
  );

  const kinds = printableSheet(workbook, 'Theo loại');
  titled(kinds, doc, 'Hỗ trợ theo loại (Support by kind)', KIND_COLUMNS.length);
  headerRow(kinds, HEADER_ROW, KIND_COLUMNS);
  const given = doc.byKind.filter((k) => k.count > 0);
  const after = dataRows(
    kinds,
    HEADER_ROW + 1,
    KIND_COLUMNS,
    given.map((k) => [k.kind, k.count, k.amountVnd]),
  );
  dataRows(
    kinds,
    after,
    KIND_COLUMNS,
    [['Tổng cộng', given.reduce((s, k) => s + k.count, 0), given.reduce((s, k) => s + k.amountVnd, 0)]],
    true,
  );
  finishSheet(
    kinds,
    KIND_COLUMNS.map((c) => c.width),
    HEADER_ROW,
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
