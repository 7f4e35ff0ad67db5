/** What an uploaded evidence file is, told from its bytes (the declared Content-Type is not trusted). */
export type EvidenceFileKind = Readonly<{ mimeType: string; extensions: readonly [string, ...string[]] }>;

export const FILE_KINDS = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mimeType: 'image/png', extensions: ['png'] },
  doc: { mimeType: 'application/msword', extensions: ['doc'] },
  xls: { mimeType: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  odp: { mimeType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
} as const satisfies Record<string, EvidenceFileKind>;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** OLE2 directory entries name their streams in UTF-16LE. */
const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));

function startsWith(bytes: Uint8Array, prefix: readonly number[] | Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i !== -1; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Office Open XML names its main part; OpenDocument starts with an uncompressed `mimetype` entry. */
function zipKind(bytes: Uint8Array): EvidenceFileKind | null {
  if (includes(bytes, ascii('word/document.xml'))) return FILE_KINDS.docx;
  if (includes(bytes, ascii('xl/workbook.xml'))) return FILE_KINDS.xlsx;
  if (includes(bytes, ascii('ppt/presentation.xml'))) return FILE_KINDS.pptx;
  const head = bytes.subarray(0, 200);
  for (const kind of [FILE_KINDS.odt, FILE_KINDS.ods, FILE_KINDS.odp]) {
    if (includes(head, ascii(`mimetype${kind.mimeType}`))) return kind;
  }
  return null;
}

function oleKind(bytes: Uint8Array): EvidenceFileKind | null {
  if (includes(bytes, utf16le('WordDocument'))) return FILE_KINDS.doc;
  if (includes(bytes, utf16le('Workbook')) || includes(bytes, utf16le('Book'))) return FILE_KINDS.xls;
  if (includes(bytes, utf16le('PowerPoint Document'))) return FILE_KINDS.ppt;
  return null;
}

/** PDF, JPEG, PNG or an office document (Word, Excel, PowerPoint, OpenDocument); null for anything else. */
export function sniffEvidenceFile(bytes: Uint8Array): EvidenceFileKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return FILE_KINDS.pdf;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FILE_KINDS.jpeg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_KINDS.png;
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE2)) return oleKind(bytes);
  return null;
}
