import { describe, expect, it } from 'vitest';
import type { ImportField } from './column-synonyms.ts';
import { detectHeader, guessMapping, headerKey, matchColumn, readHeader } from './columns.ts';

const VI_HEADER = [
  'STT',
  'Tên sản phẩm',
  'Tên chủ thể',
  'Loại hình',
  'Xã/phường/thị trấn',
  'Huyện',
  'Tỉnh',
  'Hạng sao',
  'Năm công nhận',
];
const EN_HEADER = [
  'product_name',
  'subject_name',
  'subject_type',
  'commune',
  'district',
  'province',
  'stars',
  'year',
  'product_group',
  'source',
];

describe('detectHeader', () => {
  const cases: [string, string[][], number | null][] = [
    ['header on the first row', [VI_HEADER, ['1', 'Cam sành', 'HTX Thông Hòa']], 0],
    ['English CSV header (sample file)', [EN_HEADER, ['Cam sành', 'HTX']], 0],
    [
      'merged title rows and blank lines above',
      [
        ['DANH SÁCH SẢN PHẨM OCOP TỈNH TRÀ VINH NĂM 2023'],
        ['(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/6/2023)'],
        [],
        [],
        VI_HEADER,
      ],
      4,
    ],
    [
      'official letterhead in two cells is not a header',
      [
        ['UBND TỈNH TRÀ VINH', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['BAN CHỈ ĐẠO OCOP', '', '', 'Độc lập - Tự do - Hạnh phúc'],
        ['Số: 12/BC-BCĐ', '', '', 'Trà Vinh, ngày 5 tháng 6 năm 2023'],
        ['TT', 'Sản phẩm', 'Chủ thể', 'Địa chỉ', 'Xếp hạng'],
      ],
      3,
    ],
    ['unaccented, upper-case headers', [['TEN SAN PHAM', 'CHU THE', 'SO SAO']], 0],
    ['only STT and Ghi chú: not enough', [['STT', 'Ghi chú'], VI_HEADER], 1],
    ['no header in the first 15 rows', [...Array.from({ length: 15 }, () => ['x']), VI_HEADER], null],
    [
      'nothing recognisable',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      null,
    ],
    ['empty sheet', [], null],
  ];
  it.each(cases)('%s', (_label, rows, expected) => {
    expect(detectHeader(rows)).toBe(expected);
  });
});

describe('guessMapping', () => {
  const cases: [string, string[], Partial<Record<ImportField, number>>, number[], number[]][] = [
    [
      'Vietnamese list with separate unit columns',
      VI_HEADER,
      {
        productName: 1,
        producerName: 2,
        producerType: 3,
        commune: 4,
        district: 5,
        province: 6,
        stars: 7,
        year: 8,
      },
      [0],
      [],
    ],
    [
      'English sample header; "source" ignored',
      EN_HEADER,
      {
        productName: 0,
        producerName: 1,
        producerType: 2,
        commune: 3,
        district: 4,
        province: 5,
        stars: 6,
        year: 7,
        productGroup: 8,
      },
      [9],
      [],
    ],
    [
      'extra columns, hints in parentheses, one-column address',
      [
        'TT',
        'Tên sản phẩm OCOP',
        'Đơn vị sản xuất (HTX, DN, hộ)',
        'Địa chỉ',
        'Số sao (3-4-5)',
        'Năm',
        'Bộ sản phẩm',
        'Số quyết định',
        'Ngày quyết định',
        'Mã số thuế',
        'Điện thoại',
        'Điểm',
        'Email',
        'Dung tích',
      ],
      {
        productName: 1,
        producerName: 2,
        address: 3,
        stars: 4,
        year: 5,
        productSetId: 6,
        decisionNumber: 7,
        decisionDate: 8,
        taxCode: 9,
        phone: 10,
        score: 11,
      },
      [0],
      [12, 13],
    ],
    [
      'an exact match beats a prefix; on a tie the leftmost column wins, the other stays unmapped',
      ['Sản phẩm OCOP loại', 'Tên sản phẩm', 'Chủ thể', 'Chủ thể', 'Xếp hạng', 'Hạng sao'],
      { productName: 1, producerName: 2, stars: 4 },
      [],
      [0, 3, 5],
    ],
    [
      '"Năm công nhận / xếp hạng" is the year, "Hạng" the stars',
      ['Tên SP', 'Chủ thể', 'Năm công nhận / xếp hạng', 'Hạng', 'Nhóm'],
      { productName: 0, producerName: 1, year: 2, stars: 3, productGroup: 4 },
      [],
      [],
    ],
  ];
  it.each(cases)('%s', (_label, header, expected, ignored, unmapped) => {
    const guess = guessMapping(header);
    const mapped = Object.fromEntries(Object.entries(guess.mapping).filter(([, c]) => c !== null));
    expect(mapped).toEqual(expected);
    expect(guess.ignored).toEqual(ignored);
    expect(guess.unmapped).toEqual(unmapped);
  });

  it('leaves every field null for an empty header', () => {
    const guess = guessMapping([]);
    expect(Object.values(guess.mapping).every((c) => c === null)).toBe(true);
  });
});

describe('matchColumn / headerKey', () => {
  it.each([
    ['Tên chủ thể (HTX, DN)', 'producerName'],
    ['Xã, phường', 'commune'],
    ['Huyện/thị xã/thành phố', 'district'],
    ['Tỉnh/TP', 'province'],
    ['MST', 'taxCode'],
    ['SĐT', 'phone'],
    ['Ngày QĐ', 'decisionDate'],
    ['Số QĐ', 'decisionNumber'],
    ['Loại hình chủ thể', 'producerType'],
    ['Nhóm ngành', 'productGroup'],
    ['Ghi chú', 'ignore'],
    ['Dung tích', null],
    ['DANH SÁCH SẢN PHẨM OCOP TỈNH TRÀ VINH ĐƯỢC CÔNG NHẬN NĂM 2023 THEO QUYẾT ĐỊNH', null],
  ])('%s → %s', (text, expected) => {
    expect(matchColumn(text)).toBe(expected);
  });

  it('folds accents, case and punctuation and drops parenthesised hints', () => {
    expect(headerKey('  Hạng SAO (3-4-5) ')).toBe('hang sao');
    expect(headerKey('Xã/Phường/Thị trấn')).toBe('xa phuong thi tran');
  });
});

describe('readHeader', () => {
  it('merges a sub-header row under a merged "Địa chỉ" and skips a numbering row', () => {
    const rows = [
      ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', '', '', 'Hạng sao'],
      ['', '', '', 'Xã', 'Huyện', 'Tỉnh', ''],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['1', 'Cam sành', 'HTX Thông Hòa', 'Xã Thông Hòa', 'Huyện Cầu Kè', 'Trà Vinh', '3'],
    ];
    const header = readHeader(rows, 0);
    expect(header).toEqual({
      cells: ['STT', 'Tên sản phẩm', 'Chủ thể', 'Xã', 'Huyện', 'Tỉnh', 'Hạng sao'],
      firstDataIndex: 3,
    });
    expect(guessMapping(header.cells).mapping).toMatchObject({ commune: 3, district: 4, province: 5 });
  });

  it('does not take the first data row for a sub-header', () => {
    const rows = [VI_HEADER, ['1', 'Cam sành', 'HTX Thông Hòa', 'Hợp tác xã', 'Xã Thông Hòa']];
    expect(readHeader(rows, 0)).toEqual({ cells: VI_HEADER, firstDataIndex: 1 });
  });
});
