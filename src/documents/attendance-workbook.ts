// A training course's attendance list as an Excel sheet that prints on A4: the course, then one line per
// attendee (officials first, then producers' people) with a blank column to sign in.
import ExcelJS from 'exceljs';
import {
  dataRows,
  finishSheet,
  headerRow,
  printableSheet,
  type SheetColumn,
  textRow,
} from './report-workbook-style.ts';

export type AttendanceLine = Readonly<{
  name: string;
  kind: 'official' | 'producer';
  /** The official's unit, or the producer the person came from. */
  unit: string;
  commune: string;
  completed: boolean;
}>;

export type AttendanceDocument = Readonly<{
  title: string;
  /** "03/11/2026 – 04/11/2026 · Hội trường Sở Công Thương · Sở Nông nghiệp và Môi trường". */
  details: string;
  topics: string;
  lines: readonly AttendanceLine[];
}>;

const COLUMNS: readonly SheetColumn[] = [
  { vi: 'STT', en: 'No.', width: 6, format: 'count' },
  { vi: 'Họ tên', en: 'Name', width: 26 },
  { vi: 'Đối tượng', en: 'Attendee', width: 14 },
  { vi: 'Đơn vị, chủ thể', en: 'Unit or producer', width: 34 },
  { vi: 'Xã, phường', en: 'Commune', width: 22 },
  { vi: 'Hoàn thành', en: 'Completed', width: 12 },
  { vi: 'Ký nhận', en: 'Signature', width: 18 },
];

const HEADER_ROW = 5;

export async function renderAttendanceWorkbook(doc: AttendanceDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng OCOP';
  const sheet = printableSheet(workbook, 'Danh sách học viên');
  sheet.pageSetup.orientation = 'portrait';
  const span = COLUMNS.length;
  textRow(sheet, 1, 'DANH SÁCH HỌC VIÊN (Attendance list)', span, { bold: true, size: 14 });
  textRow(sheet, 2, doc.title, span, { bold: true });
  textRow(sheet, 3, doc.details, span, { italic: true });
  textRow(sheet, 4, `Chủ đề: ${doc.topics}`, span, { italic: true });
  headerRow(sheet, HEADER_ROW, COLUMNS);
  dataRows(
    sheet,
    HEADER_ROW + 1,
    COLUMNS,
    doc.lines.map((line, i) => [
      i + 1,
      line.name,
      line.kind === 'official' ? 'Cán bộ' : 'Chủ thể',
      line.unit,
      line.commune,
      line.completed ? 'Có' : 'Chưa',
      '',
    ]),
  );
  for (let row = HEADER_ROW + 1; row <= HEADER_ROW + doc.lines.length; row++) sheet.getRow(row).height = 24;
  finishSheet(
    sheet,
    COLUMNS.map((c) => c.width),
    HEADER_ROW,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
