import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from './file-kind.ts';
import { contentDisposition, evidenceFileName } from './file-name.ts';

describe('evidenceFileName', () => {
  it.each([
    ['giay-attp.pdf', FILE_KINDS.pdf, 'giay-attp.pdf'],
    ['Giấy chứng nhận ATTP.PDF', FILE_KINDS.pdf, 'Giấy chứng nhận ATTP.pdf'],
    ['scan', FILE_KINDS.pdf, 'scan.pdf'],
    ['anh.jpeg', FILE_KINDS.jpeg, 'anh.jpeg'],
    ['anh.png', FILE_KINDS.jpeg, 'anh.png.jpg'], // the bytes decide the extension
    ['trojan.exe', FILE_KINDS.pdf, 'trojan.exe.pdf'],
    ['C:\\Users\\Lan\\Hợp đồng.docx', FILE_KINDS.docx, 'Hợp đồng.docx'],
    ['../../etc/passwd', FILE_KINDS.pdf, 'passwd.pdf'],
    ['a"b\u0000c.pdf', FILE_KINDS.pdf, 'a b c.pdf'],
    [undefined, FILE_KINDS.pdf, 'Giấy chứng nhận.pdf'],
    ['   ', FILE_KINDS.png, 'Giấy chứng nhận.png'],
  ])('%j → %s', (uploaded, kind, expected) => {
    expect(evidenceFileName(uploaded, 'Giấy chứng nhận', kind)).toBe(expected);
  });

  it('falls back to a neutral name when nothing is usable', () => {
    expect(evidenceFileName('', '///', FILE_KINDS.pdf)).toBe('tai-lieu.pdf');
  });

  it('shortens very long names and keeps the extension', () => {
    const name = evidenceFileName(`${'Đ'.repeat(400)}.pdf`, 'x', FILE_KINDS.pdf);
    expect(name).toBe(`${'Đ'.repeat(150)}.pdf`);
  });
});

describe('contentDisposition', () => {
  it.each([
    ['giay-attp.pdf', `attachment; filename="giay-attp.pdf"; filename*=UTF-8''giay-attp.pdf`],
    [
      'Giấy ATTP Đồng Tháp.pdf',
      `attachment; filename="Giay ATTP Dong Thap.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ATTP%20%C4%90%E1%BB%93ng%20Th%C3%A1p.pdf`,
    ],
    ["it's (1).pdf", `attachment; filename="it_s _1_.pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`],
  ])('%s', (name, expected) => {
    expect(contentDisposition(name)).toBe(expected);
  });

  it('round-trips the UTF-8 name', () => {
    const header = contentDisposition('Hợp đồng bao tiêu nguyên liệu.docx');
    const encoded = header.split("UTF-8''")[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('Hợp đồng bao tiêu nguyên liệu.docx');
  });
});
