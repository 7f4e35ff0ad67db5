// The criteria table and the rejection-gate checklist of a score sheet.
import type { Column, Content, TableCell } from 'pdfmake/interfaces.js';
import { formatPoints, formatScore } from './format.ts';
import { GRID, headerCell, MUTED } from './layout.ts';
import type { RejectionGate, ScoredCriterion, ScoredPart, ScoreSheetDocument } from './types.ts';

const PART_FILL = '#EDEDED';
const TOTAL_FILL = '#DADADA';

const pointsCell = (value: string, style: { bold?: boolean; fillColor?: string } = {}): TableCell => ({
  text: value,
  alignment: 'right',
  ...style,
});

function criterionRow(c: ScoredCriterion): TableCell[] {
  const option: TableCell =
    c.chosenOption === null
      ? { text: '(chưa chọn / not answered)', italics: true, color: MUTED }
      : { text: c.chosenOption };
  return [
    { text: c.code },
    { text: c.name },
    option,
    pointsCell(formatPoints(c.points)),
    pointsCell(formatPoints(c.maxPoints)),
  ];
}

function partRows(part: ScoredPart): TableCell[][] {
  const title: TableCell = {
    text: `PHẦN ${part.code}: ${part.name.toUpperCase()}`,
    colSpan: 3,
    bold: true,
    fillColor: PART_FILL,
  };
  return [
    [
      title,
      {},
      {},
      pointsCell(formatPoints(part.points), { bold: true, fillColor: PART_FILL }),
      pointsCell(formatPoints(part.maxPoints), { bold: true, fillColor: PART_FILL }),
    ],
    ...part.criteria.map(criterionRow),
  ];
}

export function criteriaTable(input: ScoreSheetDocument): Content {
  const maxTotal = input.parts.reduce((sum, p) => sum + p.maxPoints, 0);
  const totalRow: TableCell[] = [
    {
      text: [{ text: 'TỔNG ĐIỂM ' }, { text: '(Total)', style: 'en' }],
      colSpan: 3,
      bold: true,
      fillColor: TOTAL_FILL,
    },
    {},
    {},
    pointsCell(formatScore(input.total), { bold: true, fillColor: TOTAL_FILL }),
    pointsCell(formatPoints(maxTotal), { bold: true, fillColor: TOTAL_FILL }),
  ];
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [28, 118, '*', 32, 32],
      body: [
        [
          headerCell('Mã', 'Code'),
          headerCell('Tiêu chí', 'Criterion'),
          headerCell('Lựa chọn', 'Chosen option'),
          headerCell('Điểm', 'Points'),
          headerCell('Tối đa', 'Max'),
        ],
        ...input.parts.flatMap(partRows),
        totalRow,
      ],
    },
    layout: GRID,
    fontSize: 8,
    lineHeight: 1.05,
    margin: [0, 4, 0, 8],
  };
}

/** A drawn check box (Roboto has no ☐/☒), crossed when ticked. */
function checkBox(isTicked: boolean): Column {
  const box = { type: 'rect', x: 0, y: 1, w: 8, h: 8, lineWidth: 0.7 } as const;
  const cross = [
    { type: 'line', x1: 1.5, y1: 2.5, x2: 6.5, y2: 7.5, lineWidth: 1 },
    { type: 'line', x1: 6.5, y1: 2.5, x2: 1.5, y2: 7.5, lineWidth: 1 },
  ] as const;
  return { canvas: isTicked ? [box, ...cross] : [box], width: 12 };
}

export function gateList(gates: RejectionGate[]): Content {
  const tickedCount = gates.filter((g) => g.isTicked).length;
  const summary =
    tickedCount === 0
      ? 'Không đánh dấu điều kiện loại nào (no rejection condition ticked).'
      : `Đã đánh dấu ${tickedCount} điều kiện loại (${tickedCount} rejection condition(s) ticked).`;
  return {
    stack: [
      {
        text: [
          { text: 'Điều kiện loại hồ sơ ', bold: true },
          { text: '(Rejection conditions)', style: 'en' },
        ],
      },
      ...gates.map(
        (g): Content => ({
          columns: [checkBox(g.isTicked), { text: g.text, bold: g.isTicked, width: '*' }],
          columnGap: 4,
          margin: [0, 2, 0, 0],
        }),
      ),
      { text: summary, italics: true, color: MUTED, margin: [0, 3, 0, 0] },
    ],
    fontSize: 8.5,
    margin: [0, 0, 0, 8],
  };
}
