import { describe, expect, it } from 'vitest';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';
import { renderStampSheetPdf, type SheetStamp, stampSheetDefinition } from './stamp-sheet.ts';

const stamps: SheetStamp[] = Array.from({ length: 30 }, (_, i) => ({
  serial: 1001 + i,
  code: `7K3M9QXA2B4F${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[i] ?? '0'}`,
  url: `https://ocop.gov.vn/v/7K3M9QXA2B4F${i}`,
  ...(i === 0 ? { gs1: '(01) 08934567890128 (21) 1001' } : {}),
}));
const doc = {
  productName: 'Chè Shan tuyết Suối Giàng',
  producerName: 'HTX Chè Suối Giàng',
  stars: 4,
  certificateNumber: '125/GCN-UBND',
  batchLabel: 'Lô 1001–1030',
  stamps,
};

describe('renderStampSheetPdf', () => {
  it('prints 24 stamps a page on A4 with the serials, codes and Vietnamese header', async () => {
    const pdf = await readPdf(await renderStampSheetPdf(doc));
    expect(pdf.pages).toBe(2);
    expect(pdf.firstPageSize.map(Math.round)).toEqual([595, 842]);
    for (const s of stamps) expect(pdf.text).toContain(`Số ${String(s.serial).padStart(7, '0')}`);
    expect(pdf.text).toContain('7K3M-9QXA-2B4F-0');
    expect(pdf.text).toContain('(01) 08934567890128 (21) 1001');
    expect(pdf.text).toContain(
      'Tem OCOP: Chè Shan tuyết Suối Giàng (HTX Chè Suối Giàng) · GCN số 125/GCN-UBND',
    );
    expect(pdf.text).toContain('Trang 2/2');
    expect(pdf.text).toContain('OCOP');
    expect(charactersWithoutGlyph(pdf.text)).toEqual([]);
  });

  it('encodes each stamp URL in a QR code and draws the stars as vectors', () => {
    const content = JSON.stringify(stampSheetDefinition(doc).content);
    for (const s of stamps) expect(content).toContain(`"qr":${JSON.stringify(s.url)}`);
    expect(content).toContain('"polyline"');
    expect(content).not.toContain('★');
  });
});
