// The font of the text inside chart SVGs once pdfmake draws them: Roboto, like the rest of the document.
//
// pdfmake (0.3) hands its SVG renderer (svg-to-pdfkit) the *file name* of the face it finds for an SVG
// font-family, and PDFKit opens that name from the real disk, where pdfmake's in-memory Roboto files are not:
// the text silently falls back to Helvetica, which has no Vietnamese letters. PDFKit first looks the name up
// among the fonts already loaded into the document, by PostScript name, though. So the chart family's faces
// are named after Roboto's PostScript names ("Roboto-Regular"…): a report always prints ordinary text in Roboto
// regular and medium before its charts are drawn (layout comes before rendering), those faces are then loaded,
// and the chart text uses the same embedded font. The files are also written to pdfmake's virtual file system
// under those names, so the family works for ordinary text as well. The report tests check that the PDF
// embeds no standard (Helvetica) font.
import pdfmake from 'pdfmake';
import vfsFonts from 'pdfmake/build/vfs_fonts.js';

/** The font-family the charts ask for (ECharts textStyle). */
export const CHART_FONT_FAMILY = 'RobotoChart';

const FACES = {
  normal: ['Roboto-Regular.ttf', 'Roboto-Regular'],
  bold: ['Roboto-Medium.ttf', 'Roboto-Medium'],
  italics: ['Roboto-Italic.ttf', 'Roboto-Italic'],
  bolditalics: ['Roboto-MediumItalic.ttf', 'Roboto-MediumItalic'],
} as const;

const virtualFs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
  .virtualfs;

let isRegistered = false;

/** Adds the chart font family to pdfmake (once per process; pdfmake's other settings are left alone). */
export function registerChartFont(): void {
  if (isRegistered) return;
  const family: Record<string, string> = {};
  for (const [face, [file, postscriptName]] of Object.entries(FACES)) {
    const base64 = vfsFonts[file];
    if (typeof base64 !== 'string') throw new Error(`pdfmake vfs_fonts has no ${file}`);
    virtualFs.writeFileSync(postscriptName, Buffer.from(base64, 'base64'));
    family[face] = postscriptName;
  }
  pdfmake.addFonts({ [CHART_FONT_FAMILY]: family });
  isRegistered = true;
}
