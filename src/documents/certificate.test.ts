import { describe, expect, it } from 'vitest';
import { certificateDefinition, renderCertificatePdf } from './certificate.ts';
import { certificateFixture } from './fixtures.test-support.ts';
import { charactersWithoutGlyph, readPdf } from './pdf-text.test-support.ts';

describe('renderCertificatePdf', () => {
  it('prints the certificate on one landscape A4 page with exact Vietnamese text', async () => {
    const pdf = await readPdf(await renderCertificatePdf(certificateFixture));
    expect(pdf.pages).toBe(1);
    expect(pdf.firstPageSize.map(Math.round)).toEqual([842, 595]);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      'SẢN PHẨM OCOP',
      'Số / No.: 125/GCN-UBND',
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 10 tháng 6 năm 2026',
      'Chè Tân Cương đặc biệt',
      'Hợp tác xã Chè Tân Cương',
      'Xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên',
      'Chè tươi, chè chế biến',
      'SẢN PHẨM OCOP 4 SAO',
      '77,58/100',
      'Có giá trị đến ngày 12 tháng 6 năm 2029',
      'Thái Nguyên, ngày 12 tháng 6 năm 2026',
      'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
      'Nguyễn Văn Thắng',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // The URL may wrap inside its column.
    expect(pdf.text.replace(/ /g, '')).toContain(certificateFixture.verifyUrl);
    expect(charactersWithoutGlyph(pdf.text)).toEqual([]);
  });

  it('encodes the verification URL in a QR code', () => {
    const content = JSON.stringify(certificateDefinition(certificateFixture).content);
    expect(content).toContain(`"qr":${JSON.stringify(certificateFixture.verifyUrl)}`);
  });

  it('prints the stored expiry when given, and a ministry heading for 5★', async () => {
    const pdf = await readPdf(
      await renderCertificatePdf({
        ...certificateFixture,
        authority: { name: 'Bộ Nông nghiệp và Môi trường', place: 'Hà Nội' },
        stars: 5,
        score: 91.2,
        validTo: '2029-06-30',
      }),
    );
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(pdf.text).toContain('SẢN PHẨM OCOP 5 SAO');
    expect(pdf.text).toContain('91,20/100');
    expect(pdf.text).toContain('Có giá trị đến ngày 30 tháng 6 năm 2029');
    expect(pdf.text).toContain('Hà Nội, ngày 12 tháng 6 năm 2026');
  });

  it('composes decomposed (NFD) input', async () => {
    const productName = 'Chè Tân Cương đặc biệt'.normalize('NFD');
    const pdf = await readPdf(await renderCertificatePdf({ ...certificateFixture, productName }));
    expect(pdf.text).toContain('Chè Tân Cương đặc biệt'.normalize('NFC'));
  });
});
