// A generated document as the use cases hand it to the HTTP layer: bytes, type and the name to save it under.

export type DocumentFile = Readonly<{ fileName: string; mimeType: string; bytes: Buffer }>;

export const PDF_MIME = 'application/pdf';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name from free text: no path separators or characters Windows refuses, single spaces. */
export function documentFileName(stem: string, extension: 'pdf' | 'xlsx'): string {
  const clean = stem
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"\\/:*?<>|]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${[...clean].slice(0, 150).join('').trim() || 'tai-lieu'}.${extension}`;
}

export const pdfFile = (stem: string, bytes: Buffer): DocumentFile => ({
  fileName: documentFileName(stem, 'pdf'),
  mimeType: PDF_MIME,
  bytes,
});

export const xlsxFile = (stem: string, bytes: Buffer): DocumentFile => ({
  fileName: documentFileName(stem, 'xlsx'),
  mimeType: XLSX_MIME,
  bytes,
});
