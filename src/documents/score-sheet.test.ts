import { describe, expect, it } from 'vitest';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';
import { renderScoreSheetPdf } from './score-sheet.ts';
import { scoreSheetFixture } from './score-sheet-fixture.test-support.ts';
import type { ScoreSheetDocument } from './types.ts';

describe('renderScoreSheetPdf', () => {
  it('prints every criterion, the part subtotals, the total and the electronic signature', async () => {
    const pdf = await readPdf(await renderScoreSheetPdf(scoreSheetFixture));
    expect(pdf.pages).toBeLessThanOrEqual(2);
    for (const expected of [
      'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG',
      'PHIẾU CHẤM ĐIỂM SẢN PHẨM OCOP',
      'TN-2026-001',
      'Chè Tân Cương đặc biệt (mã 19-05503-001-2026)',
      'Hợp tác xã Chè Tân Cương',
      'Cấp tỉnh (Provincial level)',
      'Nguyễn Thị Hằng',
      'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên',
      'Thành viên Hội đồng (Council member)',
      'PHẦN A: SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG 32 40',
      'PHẦN B: KHẢ NĂNG TIẾP THỊ 17 25',
      'PHẦN C: CHẤT LƯỢNG SẢN PHẨM 27 35',
      '6.2.3 Vị nước Vị đậm, dịu, phù hợp 3 5',
      'TỔNG ĐIỂM (Total) 76,00 100',
      '76,00/100',
      '4 sao',
      'Không đánh dấu điều kiện loại nào',
      'Phiếu được ký điện tử bởi Nguyễn Thị Hằng lúc 09:15:30 ngày 12/06/2026 (giờ Việt Nam).',
      'Mã phiếu (Sheet id): PCD-2026-000417',
      scoreSheetFixture.contentSha256,
      'Phiếu này chấm lại, thay thế phiếu PCD-2026-000388 nộp lúc 09:40:00 ngày 11/06/2026.',
      'Thái Nguyên, ngày 12 tháng 6 năm 2026',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    for (const part of scoreSheetFixture.parts) {
      for (const criterion of part.criteria) expect(pdf.text).toContain(`${criterion.code} `);
    }
    expect(charactersWithoutGlyph(pdf.text)).toEqual([]);
  });

  it('marks unanswered criteria and ticked gates, and omits the re-scoring line for a first sheet', async () => {
    const [partA, ...rest] = scoreSheetFixture.parts;
    if (partA === undefined) throw new Error('fixture has no part A');
    const [first, ...others] = partA.criteria;
    if (first === undefined) throw new Error('fixture has no criterion');
    const sheet: ScoreSheetDocument = {
      ...scoreSheetFixture,
      level: 'central',
      member: { ...scoreSheetFixture.member, role: 'chair' },
      parts: [{ ...partA, criteria: [{ ...first, chosenOption: null, points: 0 }, ...others] }, ...rest],
      gates: scoreSheetFixture.gates.map((g, i) => ({ ...g, isTicked: i === 1 })),
      supersedes: undefined,
    };
    const pdf = await readPdf(await renderScoreSheetPdf(sheet));
    expect(pdf.text).toContain('1.1 Nguồn nguyên liệu (chưa chọn / not answered) 0 3');
    expect(pdf.text).toContain('Đã đánh dấu 1 điều kiện loại');
    expect(pdf.text).toContain('Cấp trung ương (Central level)');
    expect(pdf.text).toContain('Chủ tịch Hội đồng (Council chair)');
    expect(pdf.text).not.toContain('chấm lại');
  });
});
