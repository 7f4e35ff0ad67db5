// Biên bản họp Hội đồng (or record of written opinions): attendance, quorum, aggregate scores, conclusion.
import type { Content } from 'pdfmake/interfaces.js';
import { aggregateTable } from './council-minutes-table.ts';
import { capitalize, formatLongDate, levelLabel, roleLabel } from './format.ts';
import {
  documentHeading,
  keepHeadingsWithNext,
  MUTED,
  STYLES,
  signatureBlock,
  titleBlock,
} from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import { isScoringMember, quorumOf, quorumStatement } from './quorum.ts';
import type { CouncilMember, CouncilMinutesDocument } from './types.ts';

/** More member columns than this do not fit across a portrait page. */
const PORTRAIT_MAX_SCORERS = 8;

const sectionHeading = (vi: string, en: string): Content => ({
  text: [
    { text: `${vi} `, bold: true },
    { text: `(${en})`, style: 'en' },
  ],
  margin: [0, 8, 0, 3],
  headlineLevel: 1,
});

const numbered = (lines: string[]): Content =>
  lines.length === 0
    ? { text: 'Không có.', italics: true, color: MUTED }
    : { ol: lines, margin: [8, 0, 0, 0] };

function memberLine(m: CouncilMember): string {
  const role = roleLabel(m.role)[0];
  return m.agency ? `${m.name} — ${role}, ${m.agency}` : `${m.name} — ${role}`;
}

function opening(input: CouncilMinutesDocument): Content {
  const round = input.roundName ? ` ${input.roundName}` : '';
  const council = `${input.councilName} (${levelLabel(input.level).toLowerCase()})`;
  const date = formatLongDate(input.date);
  const venue = input.venue ? `, tại ${input.venue}` : '';
  const text =
    input.mode === 'meeting'
      ? `Hôm nay, ${date}${venue}, ${council} họp đánh giá, phân hạng sản phẩm OCOP${round}.`
      : `${capitalize(date)}, ${council} tổng hợp ý kiến bằng văn bản của các thành viên về kết quả đánh giá, ` +
        `phân hạng sản phẩm OCOP${round}. Hình thức: lấy ý kiến bằng văn bản.`;
  return { text, alignment: 'justify', margin: [0, 0, 0, 4] };
}

function attendance(input: CouncilMinutesDocument): Content[] {
  const isWritten = input.mode === 'written';
  const byId = new Map(input.members.map((m) => [m.id, m]));
  const present = input.members.filter((m) => m.isPresent).map(memberLine);
  const absent = input.members
    .filter((m) => !m.isPresent)
    .map((m) => (m.absenceReason ? `${memberLine(m)} (lý do: ${m.absenceReason})` : memberLine(m)));
  const recused = input.recusals.map(
    (r) => `${byId.get(r.memberId)?.name ?? r.memberId} — hồ sơ ${r.dossierCode} (lý do: ${r.reason})`,
  );
  const quorum = quorumOf(input.members, input.quorumPercent);
  const verdict = quorum.isMet
    ? 'Đủ điều kiện để Hội đồng xem xét, kết luận.'
    : 'Không đủ điều kiện để Hội đồng kết luận.';
  return [
    sectionHeading(
      isWritten ? 'Thành viên gửi ý kiến' : 'Thành viên có mặt',
      isWritten ? 'Opinions returned' : 'Present',
    ),
    numbered(present),
    sectionHeading(
      isWritten ? 'Thành viên không gửi ý kiến' : 'Thành viên vắng mặt',
      isWritten ? 'No opinion' : 'Absent',
    ),
    numbered(absent),
    sectionHeading('Thành viên không tham gia chấm', 'Recused'),
    numbered(recused),
    sectionHeading('Số thành viên tham gia', 'Quorum'),
    { text: `${quorumStatement(quorum, input.quorumPercent)}. ${verdict}`, bold: true },
  ];
}

function signatures(input: CouncilMinutesDocument): Content {
  const nameOf = (role: 'chair' | 'secretary') => input.members.find((m) => m.role === role)?.name ?? '';
  return {
    columns: [
      signatureBlock({ titleLines: ['Thư ký Hội đồng'], name: nameOf('secretary') }),
      signatureBlock({ titleLines: ['Chủ tịch Hội đồng'], name: nameOf('chair') }),
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

export function renderCouncilMinutesPdf(input: CouncilMinutesDocument): Promise<Buffer> {
  const scorers = input.members.filter((m) => isScoringMember(m) && m.isPresent);
  const isWritten = input.mode === 'written';
  return renderPdf({
    pageOrientation: scorers.length > PORTRAIT_MAX_SCORERS ? 'landscape' : 'portrait',
    pageMargins: [50, 40, 45, 40],
    info: { title: `Biên bản ${input.councilName} ${input.date}` },
    styles: STYLES,
    pageBreakBefore: keepHeadingsWithNext,
    defaultStyle: { fontSize: 10 },
    footer: (page, pages) => ({ text: `${page}/${pages}`, fontSize: 8, alignment: 'center', color: MUTED }),
    content: [
      documentHeading({ body: input.council, number: input.minutesNumber, date: input.date }),
      titleBlock(
        'BIÊN BẢN',
        isWritten ? 'Record of written opinions of the council' : 'Minutes of the council meeting',
        [
          {
            text: isWritten
              ? 'Lấy ý kiến thành viên Hội đồng bằng văn bản về đánh giá, phân hạng sản phẩm OCOP'
              : 'Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP',
            bold: true,
            alignment: 'center',
          },
        ],
      ),
      opening(input),
      ...attendance(input),
      sectionHeading('Kết quả đánh giá, phân hạng', 'Aggregate scores'),
      aggregateTable(input.dossiers, scorers),
      sectionHeading('Kết luận và đề xuất', 'Conclusion and proposal'),
      ...input.conclusion.map((p): Content => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 4] })),
      signatures(input),
    ],
  });
}
