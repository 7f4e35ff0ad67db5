import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nationalReportFixture, provinceReportFixture } from './report-fixture.test-support.ts';
import type { ReportDocument } from './report-types.ts';
import { renderReportWorkbook } from './report-workbook.ts';

async function open(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderReportWorkbook(doc)) as unknown as ArrayBuffer);
  return workbook;
}

describe('report workbook', () => {
  it('has a Summary sheet then one sheet per breakdown, each printable and frozen under its header', async () => {
    const workbook = await open(provinceReportFixture);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Hạng sao',
      'Ngành',
      'Nhóm sản phẩm',
      'Loại hình chủ thể',
      'Độ phủ xã',
      'Lịch sử theo tháng',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
      expect(sheet.views[0]?.state).toBe('frozen');
    }
    const national = await open(nationalReportFixture);
    expect(national.worksheets.map((s) => s.name)).toContain('Tỉnh, thành phố');
    expect(national.worksheets.map((s) => s.name)).not.toContain('Độ phủ xã');
  });

  it('keeps numbers as numbers with a format per unit (shares as fractions under a percent format)', async () => {
    const summary = (await open(provinceReportFixture)).getWorksheet('Tổng hợp');
    const cells = [9, 11, 12].map((row) => summary?.getCell(row, 4));
    expect(cells.map((c) => c?.value)).toEqual([231, 0.875, 1_250_000_000]);
    expect(cells.map((c) => c?.numFmt)).toEqual(['#,##0', '0.00%', '#,##0 "đ"']);
    expect(summary?.getCell(11, 6).value).toBe(105);
    const history = (await open(provinceReportFixture)).getWorksheet('Lịch sử theo tháng');
    expect(history?.getCell(5, 1).value).toEqual(new Date('2024-07-01T00:00:00Z'));
    expect(history?.getCell(5, 1).numFmt).toBe('mm/yyyy');
  });
});
