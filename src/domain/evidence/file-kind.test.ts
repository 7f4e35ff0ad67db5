import { describe, expect, it } from 'vitest';
import { sniffEvidenceFile } from './file-kind.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const zip = (...names: string[]) => bytes([0x50, 0x4b, 0x03, 0x04], ...names.map((n) => `\0\0${n}\0`));
const ole = (stream: string) =>
  bytes(
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    '\0'.repeat(40),
    Buffer.from(stream, 'utf16le').toString('latin1'),
  );

describe('sniffEvidenceFile', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [
      'docx',
      zip('[Content_Types].xml', 'word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'xlsx',
      zip('[Content_Types].xml', 'xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'pptx',
      zip('ppt/presentation.xml'),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    [
      'odt',
      bytes([0x50, 0x4b, 0x03, 0x04], '\0'.repeat(26), 'mimetypeapplication/vnd.oasis.opendocument.text'),
      'application/vnd.oasis.opendocument.text',
    ],
    [
      'ods',
      bytes(
        [0x50, 0x4b, 0x03, 0x04],
        '\0'.repeat(26),
        'mimetypeapplication/vnd.oasis.opendocument.spreadsheet',
      ),
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    ['doc', ole('WordDocument'), 'application/msword'],
    ['xls', ole('Workbook'), 'application/vnd.ms-excel'],
    ['ppt', ole('PowerPoint Document'), 'application/vnd.ms-powerpoint'],
  ])('%s', (_name, content, mimeType) => {
    expect(sniffEvidenceFile(content)?.mimeType).toBe(mimeType);
  });

  it.each([
    ['empty', bytes()],
    ['plain text', bytes('Giấy chứng nhận')],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>')],
    ['a plain zip archive', zip('virus.exe')],
    ['an OLE file that is not Word, Excel or PowerPoint', ole('Something')],
    ['GIF', bytes('GIF89a')],
    ['truncated PDF signature', bytes('%PD')],
  ])('refuses %s', (_name, content) => {
    expect(sniffEvidenceFile(content)).toBeNull();
  });
});
