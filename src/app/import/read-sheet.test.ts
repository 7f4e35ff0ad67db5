import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildMessyProvinceXlsx,
  buildSemicolonCsv,
  fixturePath,
  MESSY_ROWS,
  SEMICOLON_ROWS,
} from '../../../tests/fixtures/import/make-fixtures.ts';
import { isDomainError } from '../../domain/errors.ts';
import { parseSheet } from '../../domain/import/parse-sheet.ts';
import { cellText, detectDelimiter, ImportFileError, readSheet } from './read-sheet.ts';

async function xlsxOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Buffer, fileName: string, maxRows?: number): Promise<ImportFileError> {
  const error = await readSheet(bytes, fileName, maxRows === undefined ? {} : { maxRows }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportFileError))
    throw new Error(`expected an ImportFileError, got ${String(error)}`);
  return error;
}

describe('readSheet: committed fixtures', () => {
  it('reads messy-province-list.xlsx: merged titles, blank lines, rich text, formula, date, total row', async () => {
    const sheet = await readSheet(
      readFileSync(fixturePath('messy-province-list.xlsx')),
      'messy-province-list.xlsx',
    );
    expect(sheet).toEqual({ sheetName: 'DS OCOP 2023', rows: MESSY_ROWS });
  });

  it('the committed xlsx has the content make-fixtures.ts builds', async () => {
    const fresh = await readSheet(await buildMessyProvinceXlsx(), 'fresh.xlsx');
    expect(fresh.rows).toEqual(MESSY_ROWS);
  });

  it('reads semicolon.csv (BOM, ";" separator, quoted separator, CRLF)', async () => {
    const bytes = readFileSync(fixturePath('semicolon.csv'));
    expect(bytes.equals(buildSemicolonCsv())).toBe(true);
    expect(await readSheet(bytes, 'semicolon.csv')).toEqual({ sheetName: 'semicolon', rows: SEMICOLON_ROWS });
  });

  it('feeds the pure pipeline: header found, three products, skipped section/blank/total rows', async () => {
    const sheet = await readSheet(readFileSync(fixturePath('messy-province-list.xlsx')), 'x.xlsx');
    const parsed = parseSheet(sheet.rows);
    expect(parsed?.headerIndex).toBe(3);
    expect(parsed?.missingRequired).toEqual([]);
    expect(parsed?.rows.map((r) => [r.rowNumber, r.skipReason, r.values.stars, r.values.commune])).toEqual([
      [5, 'section', null, null],
      [6, null, 3, 'Xã Thông Hòa'],
      [7, null, 4, 'xã Thông Hòa'],
      [8, 'blank', null, null],
      [9, null, 4, 'Thị trấn Cầu Kè'],
      [10, 'total', null, null],
    ]);
    expect(parsed?.rows.flatMap((r) => [...r.errors, ...r.warnings])).toEqual([]);
  });

  const demo = new URL('../../../data/demo/ocop-products-sample.csv', import.meta.url);
  it.skipIf(!existsSync(demo))('reads the shipped demo list data/demo/ocop-products-sample.csv', async () => {
    const sheet = await readSheet(readFileSync(demo), 'ocop-products-sample.csv');
    const parsed = parseSheet(sheet.rows);
    expect(parsed?.headerIndex).toBe(0);
    expect(parsed?.missingRequired).toEqual([]);
    expect(parsed?.rows.length).toBeGreaterThan(0);
  });
});

describe('readSheet: xlsx cell values', () => {
  it('turns every kind of cell value into text', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow([
        3,
        0.1 + 0.2,
        new Date(Date.UTC(2023, 5, 5)),
        { richText: [{ text: 'Chè ' }, { text: 'Shan', font: { italic: true } }] },
        { formula: 'A1*2', result: 6 },
        { formula: 'TEXT(1,"0")', result: 'một' },
        { text: 'trang web', hyperlink: 'https://example.vn' },
        { error: '#N/A' },
        true,
        '  có khoảng trắng  ',
        null,
        'cuối',
      ]);
    });
    const { rows } = await readSheet(bytes, 'cells.xlsx');
    expect(rows).toEqual([
      [
        '3',
        '0.3',
        '2023-06-05',
        'Chè Shan',
        '6',
        'một',
        'trang web',
        '',
        'TRUE',
        'có khoảng trắng',
        '',
        'cuối',
      ],
    ]);
  });

  it('keeps a merged value in the top-left cell only and keeps blank rows in place', async () => {
    const bytes = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('DS');
      ws.getCell('B2').value = 'Tiêu đề';
      ws.mergeCells('B2:D3');
      ws.getCell('A5').value = 'STT';
      ws.getCell('C5').value = 'Tên sản phẩm';
    });
    expect((await readSheet(bytes, 'merged.xlsx')).rows).toEqual([
      [],
      ['', 'Tiêu đề'],
      [],
      [],
      ['STT', '', 'Tên sản phẩm'],
    ]);
  });

  it('takes the first non-empty visible worksheet', async () => {
    const bytes = await xlsxOf((wb) => {
      wb.addWorksheet('Trống');
      const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
      hidden.addRow(['bí mật']);
      wb.addWorksheet('Danh sách').addRow(['Tên sản phẩm', 'Chủ thể']);
    });
    expect(await readSheet(bytes, 'sheets.xlsx')).toEqual({
      sheetName: 'Danh sách',
      rows: [['Tên sản phẩm', 'Chủ thể']],
    });
  });

  it.each([
    [null, ''],
    [12, '12'],
    [1e-7, '1e-7'],
    [2.675, '2.675'],
    [Number.NaN, ''],
    [new Date(Number.NaN), ''],
    [{ sharedFormula: 'A1', result: new Date(Date.UTC(2024, 0, 31)) }, '2024-01-31'],
    [{ formula: 'X()' }, ''],
    [{ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' }, 'ab'],
    [{ unknown: 1 }, ''],
  ])('cellText(%j) → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

/** Rows as "cell|cell" lines: compact expectations. */
const lines = (rows: string[][]): string[] => rows.map((r) => r.join('|'));

describe('readSheet: csv', () => {
  it.each([
    [
      'comma with quoted commas',
      'Tên,Chủ thể\r\n"Cam sành, loại 1",HTX\r\n',
      ['Tên|Chủ thể', 'Cam sành, loại 1|HTX'],
    ],
    ['tab', 'Tên\tChủ thể\nCam\tHTX\n', ['Tên|Chủ thể', 'Cam|HTX']],
    [
      'ragged rows, a title line',
      'DANH SÁCH\nA;B;C\n1;2\n1;2;3;4\n',
      ['DANH SÁCH', 'A|B|C', '1|2', '1|2|3|4'],
    ],
    ['blank lines kept, trailing ones dropped', 'a,b\n\n,\nc,d\n\n\n', ['a|b', '', '', 'c|d']],
  ])('%s', async (_label, text, expected) => {
    expect(lines((await readSheet(Buffer.from(text, 'utf8'), 'list.csv')).rows)).toEqual(expected);
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode text")', async () => {
    const text = Buffer.from('Tên\tChủ thể\nChè\tHTX\n', 'utf16le');
    const { rows } = await readSheet(Buffer.concat([Buffer.from([0xff, 0xfe]), text]), 'unicode.txt');
    expect(lines(rows)).toEqual(['Tên|Chủ thể', 'Chè|HTX']);
  });

  it('normalises decomposed Vietnamese to NFC', async () => {
    const { rows } = await readSheet(Buffer.from('Tên sản phẩm'.normalize('NFD')), 'nfd.csv');
    expect(rows).toEqual([['Tên sản phẩm']]);
  });

  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\n1\t2', '\t'],
    ['"x;y",b,c\n"1;2",3,4', ','],
    ['chỉ một cột\nhai', ','],
  ])('detectDelimiter(%j) → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readSheet: refusals', () => {
  const cases: [string, string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['ds.pdf', 'unsupported_type', () => Buffer.from('%PDF-1.4'), /Chỉ nhận bảng tính Excel \(\.xlsx\)/],
    ['danh-sach', 'unsupported_type', () => Buffer.from('a,b'), /Không hỗ trợ tệp/],
    ['cu.xls', 'legacy_xls', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /\.xls cũ/],
    ['van-ban.xlsx', 'corrupt', () => Buffer.from('Tên,Chủ thể'), /không phải là tệp Excel/],
    ['zip-hong.xlsx', 'corrupt', () => Buffer.from('PK\u0003\u0004rác'), /Không đọc được tệp Excel/],
    ['excel.csv', 'corrupt', () => xlsxOf((wb) => wb.addWorksheet('a').addRow(['x'])), /đổi đuôi/],
    ['nhi-phan.csv', 'corrupt', () => Buffer.from([0x61, 0x00, 0x62]), /không phải tệp văn bản/],
    ['cp1258.csv', 'encoding', () => Buffer.from([0x54, 0xea, 0x6e, 0x0a]), /UTF-8/],
    ['ngoac-kep.csv', 'corrupt', () => Buffer.from('a,"bc\nd,e'), /dấu ngoặc kép/],
    ['rong.csv', 'empty', () => Buffer.from(''), /không có dòng dữ liệu nào/],
    ['dong-trong.csv', 'empty', () => Buffer.from('\ufeff\n ; \n\n'), /không có dòng/],
    ['trong.xlsx', 'empty', () => xlsxOf((wb) => wb.addWorksheet('Trống')), /không có dòng/],
  ];
  it.each(cases)('refuses %s (%s)', async (fileName, reason, bytes, message) => {
    const error = await refusal(await bytes(), fileName);
    expect(error.reason).toBe(reason);
    expect(error.detail).toMatch(message);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe('IMPORT_INVALID_FILE');
  });

  it('refuses more rows than the limit (xlsx and csv), counting non-blank rows', async () => {
    const lines = ['Tên,Chủ thể', ...Array.from({ length: 6 }, (_, i) => `SP ${i},HTX`)];
    const csv = Buffer.from(lines.join('\n\n'));
    const xlsx = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('DS');
      for (const line of lines) ws.addRow(line.split(','));
    });
    for (const [bytes, name] of [
      [csv, 'ds.csv'],
      [xlsx, 'ds.xlsx'],
    ] as const) {
      const error = await refusal(bytes, name, 6);
      expect(error.reason).toBe('too_many_rows');
      expect(error.detail).toBe(
        'Tệp có 7 dòng, vượt giới hạn 6 dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.',
      );
      expect((await readSheet(bytes, name, { maxRows: 7 })).rows.filter((r) => r.length > 0)).toHaveLength(7);
    }
  });
});
