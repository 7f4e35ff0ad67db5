import { describe, expect, it } from 'vitest';
import { renderCouncilMinutesPdf } from './council-minutes.ts';
import { minutesFixture } from './fixtures.test-support.ts';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';
import type { CouncilMember } from './types.ts';

describe('renderCouncilMinutesPdf', () => {
  it('prints attendance, quorum, one column per member, and the conclusion', async () => {
    const pdf = await readPdf(await renderCouncilMinutesPdf(minutesFixture));
    expect(pdf.firstPageSize.map(Math.round)).toEqual([595, 842]);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
      'Số: 05/BB-HĐOCOP',
      'Thái Nguyên, ngày 05 tháng 6 năm 2026',
      'BIÊN BẢN',
      'Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP',
      'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên (cấp tỉnh) họp đánh giá',
      'Nguyễn Văn Thắng — Chủ tịch Hội đồng, Phó Chủ tịch Ủy ban nhân dân tỉnh',
      'Nguyễn Thị Hằng — Thành viên Hội đồng, Sở Nông nghiệp và Môi trường',
      'Đặng Minh Khuê — Thành viên Hội đồng, Sở Văn hóa, Thể thao và Du lịch (lý do: Đi công tác',
      'Phạm Ngọc Ánh — hồ sơ TN-2026-002 (lý do: Có quan hệ gia đình với người đại diện chủ thể)',
      '6/7 thành viên (85,7%) — đạt tỷ lệ tối thiểu 75%, có Chủ tịch Hội đồng',
      'Đủ điều kiện để Hội đồng xem xét, kết luận.',
      'TV1: Nguyễn Văn Thắng (Chủ tịch Hội đồng); TV2: Nguyễn Thị Hằng',
      'Chè Tân Cương đặc biệt Hợp tác xã Chè Tân Cương TN-2026-001 78,00 76,00 79,50 77,00 80,00 75,00 77,58 5,00 Không 4 sao',
      '68,00 72,00 70,50 66,00 69,00 — 69,10 6,00 Không 3 sao',
      '58,00 71,00 62,00 60,00 64,00 59,00 62,33 13,00 Có 3 sao',
      'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh công nhận 01 sản phẩm đạt 4 sao',
      'THƯ KÝ HỘI ĐỒNG',
      'CHỦ TỊCH HỘI ĐỒNG',
      'Vũ Thị Loan',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // The absent member has no column.
    expect(pdf.text).not.toContain('TV7');
    expect(charactersWithoutGlyph(pdf.text)).toEqual([]);
  });

  it('words a written-opinion round as such and reports a missed quorum', async () => {
    const members = minutesFixture.members.map((m) => (m.role === 'chair' ? { ...m, isPresent: false } : m));
    const pdf = await readPdf(await renderCouncilMinutesPdf({ ...minutesFixture, mode: 'written', members }));
    expect(pdf.text).toContain('tổng hợp ý kiến bằng văn bản của các thành viên');
    expect(pdf.text).toContain('lấy ý kiến bằng văn bản');
    expect(pdf.text).toContain('Thành viên gửi ý kiến');
    expect(pdf.text).toContain('Thành viên không gửi ý kiến');
    expect(pdf.text).toContain(
      '5/7 thành viên (71,4%) — không đạt tỷ lệ tối thiểu 75%, vắng Chủ tịch Hội đồng',
    );
    expect(pdf.text).toContain('Không đủ điều kiện để Hội đồng kết luận.');
  });

  it('turns the page to landscape when the member columns do not fit a portrait page', async () => {
    const extra: CouncilMember[] = Array.from({ length: 4 }, (_, i) => ({
      id: `x${i}`,
      name: `Chuyên gia Lương Thị Nguyệt ${i + 1}`,
      role: 'member',
      isPresent: true,
    }));
    const pdf = await readPdf(
      await renderCouncilMinutesPdf({ ...minutesFixture, members: [...minutesFixture.members, ...extra] }),
    );
    expect(pdf.firstPageSize.map(Math.round)).toEqual([842, 595]);
    expect(pdf.text).toContain('TV10');
  });
});
