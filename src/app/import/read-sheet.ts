// Reads an uploaded spreadsheet (.xlsx or .csv) into rows of trimmed text, the shape every import rule in
// src/domain/import works on. The only file allowed to touch exceljs / csv-parse.
//
// - rows[i] is spreadsheet row i + 1 (xlsx) or CSV record i + 1: blank lines are kept as [] so that row
//   numbers shown to the user match what they see in Excel; trailing empty cells and rows are dropped.
// - xlsx: the first non-empty worksheet (visible sheets first). Rich text is joined, formulas give their cached
//   result, dates become 'YYYY-MM-DD', numbers lose float noise (3 not 3.0000000000000004), error values
//   (#N/A…) become ''. A merged range keeps its value only in its top-left cell.
// - csv: UTF-8 (BOM stripped) or UTF-16 with BOM; delimiter guessed among , ; and tab; ragged rows allowed.
// The file size limit is the caller's job; the row limit (default 50,000 non-blank rows) is checked here.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ImportFileError } from '../../domain/import/import-file-error.ts';

export { ImportFileError, isImportFileError } from '../../domain/import/import-file-error.ts';

export const DEFAULT_MAX_ROWS = 50_000;

export interface ReadSheetOptions {
  /** Most non-blank rows accepted (title and header rows included). Default 50,000. */
  readonly maxRows?: number;
}

export interface SheetRows {
  /** Worksheet name for xlsx; the file name without extension for csv. */
  readonly sheetName: string;
  readonly rows: string[][];
}

type FileKind = 'xlsx' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

const extensionOf = (fileName: string): string => /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';

function fileKind(bytes: Buffer, fileName: string): FileKind {
  const ext = extensionOf(fileName);
  if (ext === 'xlsx' || ext === 'xls' || ext === 'xlsm') {
    if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
    if (startsWith(bytes, OLE_MAGIC)) {
      throw new ImportFileError(
        'legacy_xls',
        'Tệp Excel ở định dạng .xls cũ hoặc đang đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (nếu có) và ' +
          'lưu lại dạng "Sổ làm việc Excel (.xlsx)" rồi tải lên lại.',
      );
    }
    throw new ImportFileError(
      'corrupt',
      `Tệp "${fileName}" không phải là tệp Excel .xlsx hợp lệ (nội dung không đúng định dạng).`,
    );
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    const head = bytes.subarray(0, 8192);
    const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC) || (!isUtf16 && head.includes(0))) {
      throw new ImportFileError(
        'corrupt',
        `Tệp "${fileName}" có đuôi .csv nhưng không phải tệp văn bản CSV. Nếu đây là tệp Excel, hãy đổi đuôi thành .xlsx.`,
      );
    }
    return 'csv';
  }
  throw new ImportFileError(
    'unsupported_type',
    `Không hỗ trợ tệp "${fileName}". Chỉ nhận bảng tính Excel (.xlsx) hoặc tệp CSV (.csv).`,
  );
}

/** Reads the first non-empty sheet of an .xlsx or a .csv file; throws ImportFileError when it cannot. */
export async function readSheet(
  bytes: Buffer,
  fileName: string,
  options: ReadSheetOptions = {},
): Promise<SheetRows> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const sheet =
    fileKind(bytes, fileName) === 'xlsx' ? await readXlsx(bytes, maxRows) : readCsv(bytes, fileName);
  const rows = sheet.rows;
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  const filled = rows.reduce((n, row) => (row.length > 0 ? n + 1 : n), 0);
  if (filled === 0) {
    throw new ImportFileError('empty', `Tệp "${fileName}" không có dòng dữ liệu nào.`);
  }
  if (filled > maxRows) throw tooManyRows(filled, maxRows);
  return sheet;
}

const formatCount = (n: number): string => n.toLocaleString('vi-VN');

const tooManyRows = (count: number, maxRows: number): ImportFileError =>
  new ImportFileError(
    'too_many_rows',
    `Tệp có ${formatCount(count)} dòng, vượt giới hạn ${formatCount(maxRows)} dòng mỗi lần nhập. ` +
      'Hãy chia thành nhiều tệp nhỏ hơn.',
  );

/** Drops trailing '' cells; holes of a sparse array become ''. */
function compactRow(cells: readonly (string | undefined)[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '') === '') end -= 1;
  const out = new Array<string>(end);
  for (let i = 0; i < end; i++) out[i] = cells[i] ?? '';
  return out;
}

// ---- xlsx ----

async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer extends ArrayBuffer`; a Node Buffer is what it actually reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError(
      'corrupt',
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở bằng Excel và lưu lại.',
    );
  }
  const nonEmpty = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const sheet = nonEmpty.find((ws) => ws.state === 'visible') ?? nonEmpty[0];
  if (sheet === undefined) return { sheetName: workbook.worksheets[0]?.name ?? '', rows: [] };
  if (sheet.actualRowCount > maxRows) throw tooManyRows(sheet.actualRowCount, maxRows);

  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const text = cellText(cell.value);
      if (text !== '') cells[col - 1] = text;
    });
    rows[rowNumber - 1] = compactRow(cells);
  });
  return { sheetName: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
}

/** Formats a number as a person would type it: 3, 85.5, 0100109106 stays as stored (no leading zero). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number.parseFloat(n.toPrecision(15)));
}

const isoDate = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

/** Text of an exceljs cell value (see the header for the rules). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) =>
        typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '',
      )
      .join('')
      .trim();
  }
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result) : '';
  if ('error' in value) return '';
  if ('text' in value) return cellText(value.text);
  return '';
}

// ---- csv ----

function decodeText(bytes: Buffer, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    throw new ImportFileError(
      'encoding',
      `Tệp "${fileName}" không được mã hóa UTF-8 nên tiếng Việt sẽ bị lỗi font. Trong Excel hãy chọn ` +
        '"Lưu thành" → "CSV UTF-8 (phân cách bằng dấu phẩy)", hoặc tải lên tệp .xlsx.',
    );
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** Picks the delimiter whose per-line count is most often the same non-zero number in the first lines. */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .map((line) => line.replace(/"(?:[^"]|"")*"/g, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, 30);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(delimiter).length - 1;
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    const score = Math.max(0, ...frequency.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsv(bytes: Buffer, fileName: string): SheetRows {
  const text = decodeText(bytes, fileName).normalize('NFC');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : NaN;
    throw new ImportFileError(
      'corrupt',
      `Tệp CSV bị lỗi định dạng${Number.isFinite(line) ? ` ở dòng ${line}` : ''} (thường do dấu ngoặc kép không đóng).`,
    );
  }
  const rows = records.map((record) => compactRow(record.map((cell) => cell.trim())));
  return { sheetName: fileName.replace(/\.[^.]*$/, ''), rows };
}
