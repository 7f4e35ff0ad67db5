import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns.ts';
import { type ImportRowValues, parseImportRow } from './parse-row.ts';

const HEADER = [
  'STT',
  'Tên sản phẩm',
  'Tên chủ thể',
  'Loại hình',
  'Địa chỉ',
  'Xã',
  'Huyện',
  'Tỉnh',
  'Hạng sao',
  'Năm công nhận',
  'Nhóm sản phẩm',
  'Bộ sản phẩm',
  'Số quyết định',
  'Ngày quyết định',
  'Điểm',
  'Mã số thuế',
  'Điện thoại',
  'Ghi chú',
];
const { mapping } = guessMapping(HEADER);

/** A row from named cells; every other column empty. */
function row(cells: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  return HEADER.map((h) => cells[h] ?? '');
}

const parse = (cells: Partial<Record<string, string>>) => parseImportRow(row(cells), mapping, 7);

const BASE = {
  STT: '1',
  'Tên sản phẩm': 'Cam sành',
  'Tên chủ thể': 'HTX Nông nghiệp Thông Hòa',
  Xã: 'Xã Thông Hòa',
  Huyện: 'Huyện Cầu Kè',
  Tỉnh: 'Trà Vinh',
  'Hạng sao': '3 sao',
};

describe('parseImportRow', () => {
  it('normalises a complete row', () => {
    const parsed = parse({
      ...BASE,
      'Tên sản phẩm': '  Cam   sành ',
      'Loại hình': 'Hợp tác xã',
      'Năm công nhận': '2023',
      'Nhóm sản phẩm': 'Thực phẩm',
      'Bộ sản phẩm': 'Bộ 1',
      'Số quyết định': '1234/QĐ-UBND',
      'Ngày quyết định': '15/6/2023',
      Điểm: '62,5',
      'Mã số thuế': '100047516',
      'Điện thoại': '912345678',
      'Ghi chú': 'mẫu',
    });
    expect(parsed).toEqual({
      rowNumber: 7,
      values: {
        productName: 'Cam sành',
        producerName: 'HTX Nông nghiệp Thông Hòa',
        producerType: 'Hợp tác xã',
        producerTypeCode: 'cooperative',
        address: null,
        commune: 'Xã Thông Hòa',
        district: 'Huyện Cầu Kè',
        province: 'Trà Vinh',
        stars: 3,
        year: 2023,
        productGroup: 'Thực phẩm',
        productSetId: 1,
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2023-06-15',
        score: 62.5,
        taxCode: '0100047516',
        phone: '+84912345678',
      } satisfies ImportRowValues,
      errors: [],
      warnings: [],
      isBlankOrTotal: false,
      skipReason: null,
    });
  });

  it('splits a one-column address and keeps the raw text', () => {
    const { values, warnings } = parse({
      ...BASE,
      Xã: '',
      Huyện: '',
      Tỉnh: '',
      'Địa chỉ': 'ấp Mỹ Văn, xã Thông Hòa, huyện Cầu Kè, tỉnh Trà Vinh',
    });
    expect(values).toMatchObject({
      address: 'ấp Mỹ Văn, xã Thông Hòa, huyện Cầu Kè, tỉnh Trà Vinh',
      commune: 'xã Thông Hòa',
      district: 'huyện Cầu Kè',
      province: 'tỉnh Trà Vinh',
    });
    expect(warnings).toEqual([]);
  });

  it('prefers the unit columns to the address and fills only what is missing', () => {
    const { values } = parse({ ...BASE, Tỉnh: '', 'Địa chỉ': 'xã Khác, huyện Khác, tỉnh Vĩnh Long' });
    expect(values).toMatchObject({ commune: 'Xã Thông Hòa', district: 'Huyện Cầu Kè', province: null });
    const split = parse({
      ...BASE,
      Xã: '',
      Tỉnh: '',
      'Địa chỉ': 'xã Thông Hòa, huyện Cầu Kè, tỉnh Trà Vinh',
    });
    expect(split.values).toMatchObject({
      commune: 'xã Thông Hòa',
      district: 'Huyện Cầu Kè',
      province: 'tỉnh Trà Vinh',
    });
  });

  it.each([
    ['no product name', { 'Tên sản phẩm': '' }, ['Thiếu tên sản phẩm.']],
    [
      'no producer name',
      { 'Tên chủ thể': '' },
      ['Thiếu tên chủ thể (cơ sở, hộ, HTX, doanh nghiệp sản xuất).'],
    ],
    [
      '2 stars',
      { 'Hạng sao': '2 sao' },
      ['Hạng 2 sao không được công nhận OCOP: chỉ nhập sản phẩm đạt 3, 4 hoặc 5 sao.'],
    ],
    ['year out of range', { 'Năm công nhận': '1998' }, ['Năm 1998 nằm ngoài khoảng 2000–2100.']],
    [
      'impossible decision date',
      { 'Ngày quyết định': '31/02/2023' },
      ['Ngày quyết định "31/02/2023" không hợp lệ: ghi dạng ngày/tháng/năm, ví dụ 15/03/2023.'],
    ],
    ['score over 100', { Điểm: '120' }, ['Điểm 120 nằm ngoài thang 0–100.']],
    [
      'product set out of range',
      { 'Bộ sản phẩm': '30' },
      ['Bộ sản phẩm 30 không có: Quyết định 26/2026 có các bộ 1–26.'],
    ],
  ])('error: %s', (_label, cells, errors) => {
    expect(parse({ ...BASE, ...cells }).errors).toEqual(errors);
  });

  it.each([
    ['no stars', { 'Hạng sao': '' }, ['Chưa có hạng sao.']],
    [
      'score outside the band of the stars',
      { Điểm: '92' },
      ['Điểm 92 ứng với hạng 5 sao, khác hạng 3 sao đã ghi.'],
    ],
    [
      'year different from the decision date',
      { 'Năm công nhận': '2022', 'Ngày quyết định': '15/6/2023' },
      ['Năm công nhận 2022 khác năm của ngày quyết định (2023-06-15).'],
    ],
    ['no commune at all', { Xã: '' }, ['Thiếu xã/phường của chủ thể.']],
    [
      'address without a commune',
      { Xã: '', 'Địa chỉ': 'huyện Cầu Kè' },
      ['Không tách được xã/phường từ địa chỉ "huyện Cầu Kè"; hãy kiểm tra địa bàn.'],
    ],
    [
      'unknown producer type',
      { 'Loại hình': 'Khác' },
      ['Loại hình "Khác" không nhận ra; sẽ đoán theo tên chủ thể.'],
    ],
    [
      'bad tax code',
      { 'Mã số thuế': '0100047517' },
      [expect.stringMatching(/^Mã số thuế "0100047517" bị bỏ qua: /)],
    ],
    ['bad phone', { 'Điện thoại': '12345' }, [expect.stringMatching(/^Số điện thoại "12345" bị bỏ qua: /)]],
  ])('warning: %s', (_label, cells, warnings) => {
    const parsed = parse({ ...BASE, ...cells });
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual(warnings);
  });

  it('takes the year and the date from the decision when their columns are empty', () => {
    const { values } = parse({ ...BASE, 'Số quyết định': '348/QĐ-UBND ngày 15/3/2023' });
    expect(values).toMatchObject({
      decisionNumber: '348/QĐ-UBND ngày 15/3/2023',
      decisionDate: '2023-03-15',
      year: 2023,
    });
  });

  it('uses a non-numeric "Bộ sản phẩm" as the group text', () => {
    const { values, errors } = parse({ ...BASE, 'Bộ sản phẩm': 'Chè tươi, chè chế biến' });
    expect(errors).toEqual([]);
    expect(values).toMatchObject({ productSetId: null, productGroup: 'Chè tươi, chè chế biến' });
  });

  it('guesses the producer type from the name when the type column says nothing', () => {
    expect(parse({ ...BASE, 'Tên chủ thể': 'Công ty TNHH Minh Nhựt' }).values.producerTypeCode).toBe('sme');
    expect(parse({ ...BASE, 'Loại hình': 'Hộ sản xuất kinh doanh' }).values.producerTypeCode).toBe(
      'household',
    );
    expect(parse({ ...BASE, 'Tên chủ thể': 'Cơ sở Ánh Dương' }).values.producerTypeCode).toBeNull();
  });

  it.each([
    ['an empty line', {}, 'blank'],
    ['only the STT', { STT: '12' }, 'blank'],
    ['"Tổng cộng" in the STT column', { STT: 'Tổng cộng: 25 sản phẩm' }, 'total'],
    ['"Tổng" with a count', { 'Tên sản phẩm': 'Tổng', 'Hạng sao': '25' }, 'total'],
    ['"Cộng" with a count', { STT: 'Cộng', 'Tên sản phẩm': '25 sản phẩm' }, 'total'],
    ['a roman-numbered section', { STT: 'I', 'Tên sản phẩm': 'HUYỆN CẦU KÈ' }, 'section'],
    ['a district heading', { 'Tên sản phẩm': 'Thị xã Duyên Hải' }, 'section'],
    ['"II. NHÓM ĐỒ UỐNG"', { STT: 'II. NHÓM ĐỒ UỐNG' }, 'section'],
  ])('skips %s', (_label, cells, reason) => {
    const parsed = parseImportRow(row(cells), mapping, 3);
    expect(parsed).toMatchObject({ isBlankOrTotal: true, skipReason: reason, errors: [], warnings: [] });
  });

  it.each([
    [{ 'Tên sản phẩm': 'Cam sành', Xã: 'Xã Thông Hòa', 'Hạng sao': '3' }],
    [{ 'Tên sản phẩm': 'Cam sành', Xã: 'Xã Thông Hòa' }],
    [{ 'Tên sản phẩm': 'Tổ yến sào' }],
  ])('does not skip a product row that lacks only its producer: %j', (cells) => {
    const parsed = parse(cells);
    expect(parsed.isBlankOrTotal).toBe(false);
    expect(parsed.errors).toEqual(['Thiếu tên chủ thể (cơ sở, hộ, HTX, doanh nghiệp sản xuất).']);
  });

  it('reads cells beyond the end of a short row as empty', () => {
    const parsed = parseImportRow(['1', 'Cam sành', 'HTX Thông Hòa'], mapping, 9);
    expect(parsed.values).toMatchObject({
      productName: 'Cam sành',
      producerName: 'HTX Thông Hòa',
      stars: null,
    });
  });
});
