// Giấy chứng nhận sản phẩm OCOP: one landscape A4 page in a double frame, with a QR code to the public
// verification page.
import type { Column, Content, ContextPageSize, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { addMonths } from '../domain/registry/calendar-date.ts';
import { CERTIFICATE_VALIDITY_MONTHS } from '../domain/registry/certificate-status.ts';
import { formatLongDate, formatPlaceDate, formatScore, formatShortDate } from './format.ts';
import { documentHeading, MUTED, STYLES, signatureBlock } from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import { starRow } from './stars.ts';
import type { CertificateDocument } from './types.ts';

const ACCENT = '#9B1C1C';

function frame(_page: number, size: ContextPageSize): Content {
  const outer = { type: 'rect', x: 18, y: 18, w: size.width - 36, h: size.height - 36 } as const;
  const inner = { type: 'rect', x: 24, y: 24, w: size.width - 48, h: size.height - 48 } as const;
  return {
    canvas: [
      { ...outer, lineWidth: 2.5, lineColor: ACCENT },
      { ...inner, lineWidth: 0.8, lineColor: ACCENT },
    ],
  };
}

const centered = (vi: string, en: string, value: string): Content => ({
  text: [{ text: `${vi} ` }, { text: `(${en})`, style: 'en' }, ': ', { text: value, bold: true }],
  alignment: 'center',
  margin: [0, 1, 0, 1],
});

function productBlock(input: CertificateDocument): Content[] {
  const lines: Content[] = [
    { text: 'CHỨNG NHẬN', bold: true, alignment: 'center', fontSize: 12 },
    { text: 'This is to certify that the product', style: 'en', alignment: 'center' },
    { text: input.productName, bold: true, fontSize: 20, color: ACCENT, alignment: 'center', margin: [0, 4] },
  ];
  if (input.productCode) lines.push(centered('Mã sản phẩm', 'Product code', input.productCode));
  lines.push(
    centered('Bộ sản phẩm', 'Product set', input.productSetName),
    centered('Chủ thể sản xuất', 'Producer', input.producerName),
    centered('Địa chỉ', 'Address', input.producerAddress),
  );
  return lines;
}

function rankBlock(input: CertificateDocument): Content {
  return {
    stack: [
      { text: 'Đạt hạng / Ranked', style: 'en', alignment: 'center', margin: [0, 6, 0, 2] },
      { ...starRow(input.stars, 22), alignment: 'center', margin: [0, 0, 0, 4] },
      {
        text: `SẢN PHẨM OCOP ${input.stars} SAO`,
        bold: true,
        fontSize: 14,
        color: ACCENT,
        alignment: 'center',
      },
      { text: `${input.stars}-star OCOP product`, style: 'en', alignment: 'center' },
      centered('Điểm đánh giá', 'Score', `${formatScore(input.score)}/100`),
    ],
  };
}

function footer(input: CertificateDocument): Content {
  const validTo = input.validTo ?? addMonths(input.issuedOn, CERTIFICATE_VALIDITY_MONTHS);
  const qr: Column = {
    width: 190,
    stack: [
      { qr: input.verifyUrl, fit: 84, eccLevel: 'M', alignment: 'center' },
      { text: input.verifyUrl, fontSize: 7, alignment: 'center', color: MUTED, margin: [0, 2, 0, 0] },
      { text: 'Quét mã để xác minh / Scan to verify', style: 'en', alignment: 'center' },
    ],
  };
  const validity: Column = {
    width: '*',
    stack: [
      { text: `Có giá trị đến ${formatLongDate(validTo)}`, bold: true, alignment: 'center' },
      { text: `Valid until ${formatShortDate(validTo)}`, style: 'en', alignment: 'center' },
    ],
    margin: [0, 40, 0, 0],
  };
  const signature: Column = {
    width: 250,
    stack: [
      { text: formatPlaceDate(input.authority.place, input.issuedOn), italics: true, alignment: 'center' },
      signatureBlock(input.signatory),
    ],
  };
  return { columns: [qr, validity, signature], columnGap: 10, margin: [0, 6, 0, 0] };
}

export function certificateDefinition(input: CertificateDocument): TDocumentDefinitions {
  const decision = `Căn cứ Quyết định số ${input.decisionNumber} ${formatLongDate(input.decisionDate)} về việc công nhận sản phẩm OCOP`;
  return {
    pageOrientation: 'landscape',
    pageMargins: [48, 36, 48, 30],
    info: { title: `Giấy chứng nhận sản phẩm OCOP ${input.certificateNumber}` },
    background: frame,
    styles: STYLES,
    content: [
      documentHeading({ body: input.authority }),
      { text: 'GIẤY CHỨNG NHẬN', bold: true, fontSize: 26, color: ACCENT, alignment: 'center' },
      { text: 'SẢN PHẨM OCOP', bold: true, fontSize: 16, alignment: 'center' },
      { text: 'OCOP PRODUCT CERTIFICATE', style: 'en', fontSize: 9, alignment: 'center' },
      { text: `Số / No.: ${input.certificateNumber}`, alignment: 'center', margin: [0, 2, 0, 6] },
      { text: decision, italics: true, alignment: 'center', fontSize: 10 },
      ...productBlock(input),
      rankBlock(input),
      footer(input),
    ],
  };
}

export const renderCertificatePdf = (input: CertificateDocument): Promise<Buffer> =>
  renderPdf(certificateDefinition(input));
