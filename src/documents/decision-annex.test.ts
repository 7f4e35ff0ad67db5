import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderDecisionAnnexPdf } from './decision-annex-pdf.ts';
import { groupAnnexItems } from './decision-annex-rows.ts';
import { renderDecisionAnnexXlsx } from './decision-annex-xlsx.ts';
import { annexFixture } from './fixtures.test-support.ts';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';

const EXPECTED_ORDER = [
  [1, 'Bánh chưng Bờ Đậu', 4],
  [2, 'Chè Tân Cương đặc biệt', 4],
  [3, 'Chè xanh Đại Từ', 4],
  [4, 'Ấm chè gốm Thái Nguyên', 3],
  [5, 'Dưa chuột bao tử muối', 3],
  [6, 'Đậu phụ Đình Cả', 3],
  [7, 'Miến dong Na Rì', 3],
] as const;

describe('decision annex', () => {
  it('orders by stars, then by name in Vietnamese collation (Ấ after A, Đ after D), numbering 1…n', () => {
    const rows = groupAnnexItems(annexFixture.items).flatMap((g) => g.items);
    expect(rows.map((r) => [r.serial, r.productName, r.stars])).toEqual(EXPECTED_ORDER);
  });

  it('renders the PDF with serials, star groups and totals', async () => {
    const pdf = await readPdf(await renderDecisionAnnexPdf(annexFixture));
    expect(pdf.firstPageSize.map(Math.round)).toEqual([842, 595]);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
      'PHỤ LỤC',
      'DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP',
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 10 tháng 6 năm 2026)',
      'SẢN PHẨM OCOP 4 SAO',
      '2 Chè Tân Cương đặc biệt Hợp tác xã Chè Tân Cương xã Tân Cương, tỉnh Thái Nguyên',
      '77,58 4 sao 125/GCN-UBND',
      'Cộng 4 sao: 3 sản phẩm',
      'SẢN PHẨM OCOP 3 SAO',
      'Cộng 3 sao: 4 sản phẩm',
      'Tổng cộng: 7 sản phẩm (4 sao: 3; 3 sao: 4)',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    let from = 0;
    for (const [serial, name] of EXPECTED_ORDER) {
      const at = pdf.text.indexOf(`${serial} ${name}`, from);
      expect(at, `${serial} ${name}`).toBeGreaterThan(from);
      from = at;
    }
    expect(charactersWithoutGlyph(pdf.text)).toEqual([]);
  });

  it('renders the xlsx with the same rows, numbers kept as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await renderDecisionAnnexXlsx(annexFixture);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('Phụ lục');
    if (sheet === undefined) throw new Error('no annex sheet');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN');
    expect(sheet.getCell('A4').value).toBe('(Kèm theo Quyết định số 1234/QĐ-UBND ngày 10 tháng 6 năm 2026)');
    expect(sheet.getCell('B6').value).toBe('Tên sản phẩm\n(Product)');
    const texts: string[] = [];
    const items: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number <= 6) return;
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[0] === 'number') items.push(values);
      else texts.push(String(values[0]));
    });
    expect(items.map((v) => [v[0], v[1], v[6]])).toEqual(EXPECTED_ORDER);
    expect(items[1]).toEqual([
      2,
      'Chè Tân Cương đặc biệt',
      'Hợp tác xã Chè Tân Cương',
      'xã Tân Cương, tỉnh Thái Nguyên',
      'Chè tươi, chè chế biến',
      77.58,
      4,
      '125/GCN-UBND',
    ]);
    expect(texts).toEqual([
      'SẢN PHẨM OCOP 4 SAO',
      'Cộng 4 sao: 3 sản phẩm',
      'SẢN PHẨM OCOP 3 SAO',
      'Cộng 3 sao: 4 sản phẩm',
      'Tổng cộng: 7 sản phẩm (4 sao: 3; 3 sao: 4)',
    ]);
    expect(sheet.getCell('F8').numFmt).toBe('0.00');
  });
});
