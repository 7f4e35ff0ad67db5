// Phụ lục kèm theo Quyết định (PDF): landscape A4 table of the recognised products, grouped by stars.
import type { ContentText, TableCell, TableCellProperties } from 'pdfmake/interfaces.js';
import {
  ANNEX_COLUMNS,
  annexAddress,
  annexReference,
  annexTitle,
  grandTotal,
  groupAnnexItems,
  groupHeading,
  groupTotal,
  type NumberedItem,
  type StarGroup,
} from './decision-annex-rows.ts';
import { formatScore } from './format.ts';
import { documentHeading, GRID, headerCell, MUTED, STYLES } from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import type { DecisionAnnexDocument } from './types.ts';

const GROUP_FILL = '#EDEDED';
const COLUMN_COUNT = ANNEX_COLUMNS.length;

/** A row made of one cell spanning the whole table. */
function spanningRow(cell: ContentText & TableCellProperties): TableCell[] {
  return [{ ...cell, colSpan: COLUMN_COUNT }, ...Array.from({ length: COLUMN_COUNT - 1 }, () => ({}))];
}

const itemRow = (item: NumberedItem): TableCell[] => [
  { text: String(item.serial), alignment: 'center' },
  { text: item.productName, bold: true },
  { text: item.producerName },
  { text: annexAddress(item) },
  { text: item.productSetName },
  { text: formatScore(item.score), alignment: 'right' },
  { text: `${item.stars} sao`, alignment: 'center' },
  { text: item.certificateNumber, alignment: 'center' },
];

const groupRows = (group: StarGroup): TableCell[][] => [
  spanningRow({ text: groupHeading(group.stars), bold: true, fillColor: GROUP_FILL }),
  ...group.items.map(itemRow),
  spanningRow({ text: groupTotal(group), bold: true, italics: true, alignment: 'right' }),
];

export function renderDecisionAnnexPdf(input: DecisionAnnexDocument): Promise<Buffer> {
  const groups = groupAnnexItems(input.items);
  return renderPdf({
    pageOrientation: 'landscape',
    pageMargins: [40, 36, 40, 36],
    info: { title: `Phụ lục Quyết định ${input.decisionNumber}` },
    styles: STYLES,
    defaultStyle: { fontSize: 9.5 },
    footer: (page, pages) => ({ text: `${page}/${pages}`, fontSize: 8, alignment: 'center', color: MUTED }),
    content: [
      documentHeading({ body: input.authority, isMottoShown: false }),
      { text: 'PHỤ LỤC', style: 'title' },
      { text: annexTitle(input), bold: true, fontSize: 12, alignment: 'center' },
      { text: annexReference(input), italics: true, alignment: 'center' },
      {
        text: 'Annex: list of recognised OCOP products',
        style: 'en',
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: [24, '*', '*', 120, 100, 36, 40, 78],
          body: [
            ANNEX_COLUMNS.map(([vi, en]) => headerCell(vi, en)),
            ...groups.flatMap(groupRows),
            spanningRow({ text: grandTotal(groups), bold: true, alignment: 'right' }),
          ],
        },
        layout: GRID,
        fontSize: 8.5,
      },
    ],
  });
}
