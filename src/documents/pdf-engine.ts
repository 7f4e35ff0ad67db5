// The one place that configures pdfmake (0.3, server-side API) and turns a document definition into bytes.
//
// Font: Roboto as bundled in pdfmake's build/vfs_fonts.js. It covers Latin Extended Additional, so every
// Vietnamese letter (ắ, ệ, ợ, Ỹ…) has a precomposed glyph; it lacks ★ (U+2605), which is why stars are drawn
// as vector polygons (stars.ts). The fonts are copied once into pdfmake's in-memory file system, and both
// resource policies deny everything: a document definition can reach neither the network nor the disk.
import pdfmake from 'pdfmake';
import vfsFonts from 'pdfmake/build/vfs_fonts.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { normalizeText } from './nfc.ts';

export const FONT_FAMILY = 'Roboto';

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

// The Node build exposes its in-memory file system; @types/pdfmake only describes the browser's.
const virtualFs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
  .virtualfs;

let isConfigured = false;

function configure(): void {
  if (isConfigured) return;
  for (const file of Object.values(ROBOTO_FILES)) {
    const base64 = vfsFonts[file];
    if (typeof base64 !== 'string') throw new Error(`pdfmake vfs_fonts has no ${file}`);
    virtualFs.writeFileSync(file, Buffer.from(base64, 'base64'));
  }
  pdfmake.addFonts({ [FONT_FAMILY]: { ...ROBOTO_FILES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  isConfigured = true;
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    ...normalizeText(definition),
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.15, ...definition.defaultStyle },
  };
  return pdfmake.createPdf(doc).getBuffer();
}
