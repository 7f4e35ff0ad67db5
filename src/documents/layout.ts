// Blocks shared by the documents, after the administrative document layout of Decree 30/2020/NĐ-CP:
// issuing body top-left, national motto top-right (both underlined), number under the body, place and date
// in italics under the motto, signature blocks with room for the hand signature and seal.
import type {
  Content,
  ContentText,
  CustomTableLayout,
  Node,
  StyleDictionary,
  TableCell,
} from 'pdfmake/interfaces.js';
import { formatPlaceDate } from './format.ts';
import type { IsoDate, IssuingBody, Signatory } from './types.ts';

export const MUTED = '#555555';
export const RULE = '#333333';

export const STYLES: StyleDictionary = {
  en: { fontSize: 7.5, italics: true, color: MUTED },
  title: { fontSize: 15, bold: true, alignment: 'center' },
  th: { bold: true, fontSize: 8.5, alignment: 'center' },
  small: { fontSize: 8.5 },
};

/** Thin grid with tight padding: long criteria tables stay on fewer pages. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const underline = (width: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: RULE }],
  alignment: 'center',
  margin: [0, 1, 0, 4],
});

export interface HeadingOptions {
  body: IssuingBody;
  /** "Số: …" under the issuing body. */
  number?: string;
  /** Place-and-date line under the motto. */
  date?: IsoDate;
  isMottoShown?: boolean;
}

export function documentHeading({ body, number, date, isMottoShown = true }: HeadingOptions): Content {
  const left: Content[] = [];
  if (body.parentName) left.push({ text: body.parentName.toUpperCase(), fontSize: 10.5 });
  left.push({ text: body.name.toUpperCase(), bold: true, fontSize: 10.5 }, underline(60));
  if (number) left.push({ text: `Số: ${number}`, fontSize: 10.5 });
  const right: Content[] = [];
  if (isMottoShown) {
    right.push(
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 10.5 },
      { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 11.5 },
      underline(150),
    );
  }
  if (date) right.push({ text: formatPlaceDate(body.place, date), italics: true, fontSize: 10.5 });
  return {
    columns: [
      { width: '42%', stack: left, alignment: 'center' },
      { width: '*', stack: right, alignment: 'center' },
    ],
    columnGap: 10,
    margin: [0, 0, 0, 14],
  };
}

/** Below this share of the page height a section heading would be separated from what it introduces. */
const HEADING_FLOOR = 0.85;

/**
 * `pageBreakBefore` hook: a section heading (headlineLevel 1) starting in the bottom 15% of a page moves to the next
 * one. (pdfmake reports a table that keepWithHeaderRows pushed to the next page as starting on this one, so
 * "nothing follows on this page" cannot be detected.)
 */
export const keepHeadingsWithNext = (node: Node): boolean =>
  node.headlineLevel === 1 && node.startPosition.verticalRatio > HEADING_FLOOR;

/** Vietnamese title with its English subtitle. */
export function titleBlock(vi: string, en: string, lines: Content[] = []): Content {
  return {
    stack: [
      { text: vi, style: 'title' },
      { text: en, style: 'en', fontSize: 9, alignment: 'center', margin: [0, 1, 0, 2] },
      ...lines,
    ],
    margin: [0, 0, 0, 10],
  };
}

/** Table header cell: Vietnamese over a small English label. */
export const headerCell = (vi: string, en: string): TableCell => ({
  stack: [{ text: vi }, { text: en, style: 'en', bold: false }],
  style: 'th',
});

/** "Nhãn / Label: value" on one line. */
export function labelled(vi: string, en: string, value: string | ContentText['text']): ContentText {
  return { text: [{ text: `${vi} `, bold: true }, { text: `(${en})`, style: 'en' }, ': ', value] };
}

/** Signature block: capacity lines, room for the hand signature and seal, then the name. */
export function signatureBlock(signatory: Signatory, note?: string): Content {
  const lines: Content[] = signatory.titleLines.map((line) => ({ text: line.toUpperCase(), bold: true }));
  if (note) lines.push({ text: note, italics: true, fontSize: 9, color: MUTED });
  lines.push({ text: signatory.name, bold: true, margin: [0, note ? 40 : 52, 0, 0] });
  return { stack: lines, alignment: 'center', unbreakable: true };
}
