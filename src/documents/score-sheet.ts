// Phiếu chấm điểm: one council member's signed score sheet for one dossier.
import type { Column, Content, TableCell } from 'pdfmake/interfaces.js';
import {
  formatDateTime,
  formatPlaceDate,
  formatScore,
  levelLabel,
  levelLabelEn,
  roleLabel,
  vietnamDateOf,
} from './format.ts';
import { documentHeading, labelled, MUTED, STYLES, signatureBlock, titleBlock } from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import { criteriaTable, gateList } from './score-sheet-table.ts';
import { starRow } from './stars.ts';
import type { ScoreSheetDocument } from './types.ts';

function infoTable(input: ScoreSheetDocument): Content {
  const [roleVi, roleEn] = roleLabel(input.member.role);
  const product = input.productCode ? `${input.productName} (mã ${input.productCode})` : input.productName;
  const rows: [string, string, string][] = [
    ['Mã hồ sơ', 'Dossier code', input.dossierCode],
    ['Sản phẩm', 'Product', product],
    ['Chủ thể', 'Producer', input.producerName],
    ...(input.producerAddress
      ? [['Địa chỉ', 'Address', input.producerAddress] as [string, string, string]]
      : []),
    ['Bộ sản phẩm', 'Product set', input.productSetName],
    ['Cấp đánh giá', 'Evaluation level', `${levelLabel(input.level)} (${levelLabelEn(input.level)})`],
    ['Thành viên chấm', 'Council member', input.member.name],
    ['Cơ quan', 'Agency', input.member.agency],
    ['Vai trò', 'Role', `${roleVi} (${roleEn})`],
  ];
  const body = rows.map(([vi, en, value]): TableCell[] => [
    {
      text: [
        { text: `${vi} `, bold: true },
        { text: `(${en})`, style: 'en' },
      ],
    },
    { text: value },
  ]);
  return {
    table: { widths: [150, '*'], body },
    layout: 'noBorders',
    fontSize: 9.5,
    lineHeight: 1.05,
    margin: [0, 0, 0, 4],
  };
}

function result(input: ScoreSheetDocument): Content {
  return {
    columns: [
      { ...labelled('Tổng điểm', 'Total', `${formatScore(input.total)}/100`), width: 'auto', fontSize: 11 },
      { text: [{ text: 'Xếp hạng ', bold: true }, { text: '(Rank)', style: 'en' }, ':'], width: 'auto' },
      { ...starRow(input.stars, 12), margin: [0, 0.5, 0, 0] },
      { text: `${input.stars} sao`, bold: true, width: 'auto' },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 8],
  };
}

function signatureSection(input: ScoreSheetDocument): Content {
  const signedAt = formatDateTime(input.submittedAt);
  const evidence: Column = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'XÁC THỰC CHỮ KÝ ĐIỆN TỬ', bold: true },
              { text: 'Electronic signature', style: 'en' },
              { text: `Phiếu được ký điện tử bởi ${input.member.name} lúc ${signedAt} (giờ Việt Nam).` },
              { text: `Mã phiếu (Sheet id): ${input.sheetId}` },
              { text: 'Dấu vân tay nội dung (SHA-256 content fingerprint):' },
              { text: input.contentSha256, fontSize: 7, color: MUTED },
            ],
            fontSize: 8,
            margin: [4, 3, 4, 3],
          },
        ],
      ],
    },
    width: '55%',
  };
  const [roleVi] = roleLabel(input.member.role);
  const signer: Column = {
    width: '*',
    stack: [
      {
        text: formatPlaceDate(input.council.place, vietnamDateOf(input.submittedAt)),
        italics: true,
        alignment: 'center',
      },
      signatureBlock(
        { titleLines: [roleVi], name: input.member.name },
        '(Đã ký điện tử / signed electronically)',
      ),
    ],
  };
  return { columns: [evidence, signer], columnGap: 14, unbreakable: true, margin: [0, 6, 0, 0] };
}

function supersedesLine(input: ScoreSheetDocument): Content[] {
  if (!input.supersedes) return [];
  const { sheetId, submittedAt } = input.supersedes;
  return [
    {
      text: `Phiếu này chấm lại, thay thế phiếu ${sheetId} nộp lúc ${formatDateTime(submittedAt)}.`,
      bold: true,
    },
    { text: `This sheet re-scores and replaces sheet ${sheetId}.`, style: 'en', margin: [0, 0, 0, 6] },
  ];
}

export function renderScoreSheetPdf(input: ScoreSheetDocument): Promise<Buffer> {
  const comment: Content[] = input.comment
    ? [{ ...labelled('Ý kiến nhận xét', 'Comments', input.comment), fontSize: 9.5, margin: [0, 0, 0, 6] }]
    : [];
  return renderPdf({
    pageMargins: [50, 40, 45, 40],
    info: { title: `Phiếu chấm điểm ${input.dossierCode} — ${input.member.name}` },
    styles: STYLES,
    defaultStyle: { fontSize: 10 },
    footer: (page, pages) => ({
      text: `Phiếu ${input.sheetId} — trang ${page}/${pages}`,
      fontSize: 7.5,
      color: MUTED,
      alignment: 'right',
      margin: [0, 12, 45, 0],
    }),
    content: [
      documentHeading({ body: input.council }),
      titleBlock('PHIẾU CHẤM ĐIỂM SẢN PHẨM OCOP', 'OCOP product score sheet'),
      infoTable(input),
      criteriaTable(input),
      result(input),
      gateList(input.gates),
      ...comment,
      ...supersedesLine(input),
      signatureSection(input),
    ],
  });
}
