import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';
import { renderStampSheetPdf, type SheetStamp, stampSheetDefinition } from './stamp-sheet.ts';
import { qrCanvas } from './stamp-sheet-qr.ts';

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

  it('draws the stars as vectors', () => {
    const content = JSON.stringify(stampSheetDefinition(doc).content);
    expect(content).toContain('"polyline"');
    expect(content).not.toContain('★');
  });
});

describe('qrCanvas', () => {
  it('draws exactly the modules of the QR code of the URL, inside a white 4-module quiet zone', () => {
    const url = 'https://ocop.gov.vn/v/7K3M9QXA2B4F0';
    const { canvas } = qrCanvas(url, 76);
    const [background, ...runs] = canvas as { x: number; y: number; w: number; h: number; color: string }[];
    expect(background).toMatchObject({ x: 0, y: 0, w: 76, h: 76, color: '#FFFFFF' });
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    const unit = 76 / (n + 8);
    const drawn = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (const r of runs) {
      expect(r.color).toBe('#000000');
      const row = Math.round(r.y / unit) - 4;
      const from = Math.round(r.x / unit) - 4;
      for (let i = 0; i < Math.round(r.w / unit); i++) (drawn[row] as boolean[])[from + i] = true;
    }
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) expect(drawn[y]?.[x], `${x},${y}`).toBe(Boolean(modules.get(y, x)));
    expect(runs.length).toBeLessThan(modules.data.filter(Boolean).length / 1.5); // runs, not one square a module
  });
});
