// Reading rendered documents back in tests: PDF text through unpdf (pdf.js), and the glyph coverage of Roboto.
import vfsFonts from 'pdfmake/build/vfs_fonts.js';
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfText {
  pages: number;
  /** Page size of the first page in pt, [width, height]. */
  firstPageSize: [number, number];
  /** All text, whitespace runs collapsed to one space (lines wrap wherever the layout puts them). */
  text: string;
}

export async function readPdf(bytes: Buffer): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await pdf.getPage(1)).view;
  return { pages: totalPages, firstPageSize: [x1 - x0, y1 - y0], text: text.replace(/\s+/g, ' ') };
}

/** Code points a TrueType font maps to a real glyph (cmap format 4 or 12); anything else prints as a box. */
function mappedCodePoints(font: Buffer): Set<number> {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  const points = new Set<number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(sub);
    if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        const [start, end, glyph] = [0, 4, 8].map((o) => font.readUInt32BE(group + o)) as [
          number,
          number,
          number,
        ];
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
      }
    } else if (format === 4) {
      const segments = font.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
        const delta = font.readInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const raw =
            rangeOffset === 0 ? c : font.readUInt16BE(offsets + s * 2 + rangeOffset + (c - start) * 2);
          if (raw !== 0 && ((raw + delta) & 0xffff) !== 0) points.add(c);
        }
      }
    }
  }
  return points;
}

const FILES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'];
const coverage = FILES.map((file) => mappedCodePoints(Buffer.from(vfsFonts[file] ?? '', 'base64')));

/** Distinct characters of `text` that one of the four Roboto faces would draw as an empty box. */
export function charactersWithoutGlyph(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text.replace(/\s/g, '')) {
    const point = char.codePointAt(0) ?? 0;
    if (coverage.some((points) => !points.has(point))) missing.add(char);
  }
  return [...missing];
}
