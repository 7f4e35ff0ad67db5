import { describe, expect, it } from 'vitest';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';
import { nationalReportFixture, provinceReportFixture } from './report-fixture.test-support.ts';
import { renderReportPdf, reportCharts } from './report-pdf.ts';

describe('report PDF summary', () => {
  it('prints the title, the indicators with their units, the targets and the charts’ labels in Roboto', async () => {
    const bytes = await renderReportPdf(provinceReportFixture);
    const { text, firstPageSize } = await readPdf(bytes);
    expect(firstPageSize.map(Math.round)).toEqual([595, 842]);
    for (const expected of [
      'BÁO CÁO TÓM TẮT CHƯƠNG TRÌNH OCOP',
      'TỈNH TUYÊN QUANG (MÃ 08)',
      'Kỳ báo cáo: 01/01/2026 – 30/06/2026 · Số liệu tồn tại ngày 30/06/2026',
      'Lập lúc 09:15:00 ngày 01/07/2026',
      '87,5% (105/120)',
      '1.250.000.000 đ',
      'Nhập tay',
      '≥ 40% chủ thể là hợp tác xã',
      '35,5% ≥ 40% 88,8% Chưa đạt 0,75% 38,2% (Chưa đạt)',
      'Độ phủ: 1/2 xã, phường có sản phẩm từ 3 sao (50,0%).',
      '3 sao 4 sao 5 sao 150 73 8',
    ]) {
      expect(text).toContain(expected);
    }
    expect(charactersWithoutGlyph(text)).toEqual([]);
    expect(bytes.toString('latin1')).not.toContain('Helvetica');
  });

  it('draws the stars and history charts, and nationally the provinces compared', async () => {
    expect((await reportCharts(provinceReportFixture)).charts.map((c) => c.seriesCount)).toEqual([1, 3]);
    const national = (await reportCharts(nationalReportFixture)).charts;
    expect(national.map((c) => c.seriesCount)).toEqual([1, 3, 3]);
    // Most products on top.
    const names = [...(national[2]?.svg.matchAll(/<text[^>]*>(Hà Nội|Tuyên Quang)<\/text>/g) ?? [])];
    expect(names.map((m) => m[1])).toEqual(['Tuyên Quang', 'Hà Nội']);
    const { text } = await readPdf(await renderReportPdf(nationalReportFixture));
    expect(text).toContain('TOÀN QUỐC (34 TỈNH, THÀNH PHỐ)');
    expect(text).toContain('Không có kế hoạch nào của phạm vi này trùng kỳ báo cáo');
  });
});
