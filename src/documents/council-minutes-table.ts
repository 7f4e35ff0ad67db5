// The aggregate table of the council minutes: one row per dossier, one column per scoring member who took part.
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { formatScore, roleLabel } from './format.ts';
import { GRID, headerCell, MUTED } from './layout.ts';
import type { AggregatedDossier, CouncilMember } from './types.ts';

const DIVERGENT = '#9B1C1C';

/** Column label of the i-th scoring member: "TV1", "TV2"… (named in the legend under the table). */
export const memberColumnLabel = (index: number): string => `TV${index + 1}`;

function memberCell(dossier: AggregatedDossier, member: CouncilMember): TableCell {
  const total = dossier.memberTotals[member.id];
  if (total === undefined || total === null) return { text: '—', alignment: 'center', color: MUTED };
  return { text: formatScore(total), alignment: 'right' };
}

function dossierRow(dossier: AggregatedDossier, index: number, scorers: CouncilMember[]): TableCell[] {
  return [
    { text: String(index + 1), alignment: 'center' },
    {
      stack: [
        { text: dossier.productName, bold: true },
        { text: dossier.producerName },
        { text: dossier.dossierCode, fontSize: 7, color: MUTED },
      ],
    },
    ...scorers.map((m) => memberCell(dossier, m)),
    { text: formatScore(dossier.mean), alignment: 'right', bold: true },
    { text: formatScore(dossier.spread), alignment: 'right' },
    dossier.isDivergent
      ? { text: 'Có', alignment: 'center', bold: true, color: DIVERGENT }
      : { text: 'Không', alignment: 'center' },
    { text: `${dossier.proposedStars} sao`, alignment: 'center', bold: true },
  ];
}

export function aggregateTable(dossiers: AggregatedDossier[], scorers: CouncilMember[]): Content {
  const header: TableCell[] = [
    headerCell('STT', 'No.'),
    headerCell('Sản phẩm / Chủ thể', 'Product / Producer'),
    ...scorers.map((_, i) => headerCell(memberColumnLabel(i), 'total')),
    headerCell('Điểm TB', 'Mean'),
    headerCell('Chênh lệch', 'Spread'),
    headerCell('Lệch lớn', 'Divergent'),
    headerCell('Đề xuất', 'Proposed'),
  ];
  const legend = scorers
    .map((m, i) => `${memberColumnLabel(i)}: ${m.name} (${roleLabel(m.role)[0]})`)
    .join('; ');
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: [16, '*', ...scorers.map(() => 28), 30, 30, 36, 32],
          body: [header, ...dossiers.map((d, i) => dossierRow(d, i, scorers))],
        },
        layout: GRID,
        fontSize: 8,
      },
      { text: `${legend}. "—": không chấm (vắng hoặc không tham gia chấm hồ sơ này).`, fontSize: 7.5 },
      { text: '"—": not scored (absent or recused for this dossier).', style: 'en' },
    ],
    margin: [0, 4, 0, 10],
  };
}
