// Tờ tem OCOP: print-ready A4 sheets of stamps, 4 × 6 per page, each with the OCOP mark, vector stars, a vector
// QR code of the stamp's short verification URL (stamp-sheet-qr.ts), the serial and the code for typing in. Thin grey lines between
// the stamps are the cutting guides. The printer prints what it is given: codes and URLs come from the caller.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { MUTED } from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import { qrCanvas } from './stamp-sheet-qr.ts';
import { starRow } from './stars.ts';

export type SheetStamp = Readonly<{
  serial: number;
  /** Canonical code, printed in groups of four. */
  code: string;
  /** `${publicBaseUrl}/v/{code}`: what the QR code encodes. */
  url: string;
  /** "(01) 0893… (21) 42" when the product has a GTIN. */
  gs1?: string | undefined;
}>;

export type StampSheetDocument = Readonly<{
  productName: string;
  producerName: string;
  stars: number;
  certificateNumber: string | null;
  /** Printed in the page header, e.g. the batch's serial range. */
  batchLabel: string;
  stamps: readonly SheetStamp[];
}>;

export const STAMPS_PER_ROW = 4;
export const ROWS_PER_PAGE = 6;
const ACCENT = '#9B1C1C';
const CELL_HEIGHT = 118;
/** The QR with its 4-module quiet zone: about 19 mm of code on a 24 mm square. */
const QR_WIDTH = 68;

const grouped = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;
const serialText = (serial: number) => String(serial).padStart(7, '0');

function stampCell(doc: StampSheetDocument, stamp: SheetStamp): TableCell {
  const stars = starRow(doc.stars, 9);
  return {
    stack: [
      {
        columns: [
          { text: '', width: '*' },
          { text: 'OCOP', bold: true, fontSize: 12, color: ACCENT, width: 'auto' },
          { ...stars, margin: [4, 2, 0, 0] },
          { text: '', width: '*' },
        ],
        columnGap: 2,
      },
      { ...qrCanvas(stamp.url, QR_WIDTH), margin: [0, 1, 0, 0] },
      { text: `Số ${serialText(stamp.serial)}`, bold: true, fontSize: 8 },
      { text: grouped(stamp.code), fontSize: 7, characterSpacing: 0.3 },
      ...(stamp.gs1 ? [{ text: stamp.gs1, fontSize: 5.5, color: MUTED }] : []),
    ],
    alignment: 'center',
  } as TableCell;
}

function pageTable(doc: StampSheetDocument, stamps: readonly SheetStamp[], isFirst: boolean): Content {
  const rows: TableCell[][] = [];
  for (let i = 0; i < stamps.length; i += STAMPS_PER_ROW) {
    const row = stamps.slice(i, i + STAMPS_PER_ROW).map((s) => stampCell(doc, s));
    while (row.length < STAMPS_PER_ROW) row.push({ text: '' });
    rows.push(row);
  }
  return {
    table: {
      widths: Array(STAMPS_PER_ROW).fill('*'),
      heights: CELL_HEIGHT,
      body: rows,
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0.3,
      vLineWidth: () => 0.3,
      hLineColor: () => '#BBBBBB',
      vLineColor: () => '#BBBBBB',
      paddingTop: () => 5,
      paddingBottom: () => 2,
    },
    ...(isFirst ? {} : { pageBreak: 'before' as const }),
  };
}

export function stampSheetDefinition(doc: StampSheetDocument): TDocumentDefinitions {
  const perPage = STAMPS_PER_ROW * ROWS_PER_PAGE;
  const pages: Content[] = [];
  for (let i = 0; i < doc.stamps.length; i += perPage) {
    pages.push(pageTable(doc, doc.stamps.slice(i, i + perPage), i === 0));
  }
  const certificate = doc.certificateNumber ? ` · GCN số ${doc.certificateNumber}` : '';
  return {
    pageSize: 'A4',
    pageMargins: [24, 44, 24, 28],
    info: { title: `Tem OCOP — ${doc.productName} — ${doc.batchLabel}` },
    header: (page: number, pages_: number): Content => ({
      margin: [24, 16, 24, 0],
      columns: [
        { text: `Tem OCOP: ${doc.productName} (${doc.producerName})${certificate}`, fontSize: 8, bold: true },
        {
          text: `${doc.batchLabel} · Trang ${page}/${pages_}`,
          fontSize: 8,
          alignment: 'right',
          width: 'auto',
        },
      ],
    }),
    footer: (): Content => ({
      text: 'Quét mã QR để xác minh sản phẩm OCOP / Scan the QR code to verify the OCOP product',
      fontSize: 7,
      italics: true,
      color: MUTED,
      alignment: 'center',
      margin: [24, 8, 24, 0],
    }),
    content: pages.length > 0 ? pages : [{ text: 'Không có tem trong khoảng này.' }],
  };
}

export const renderStampSheetPdf = (doc: StampSheetDocument): Promise<Buffer> =>
  renderPdf(stampSheetDefinition(doc));
