import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  type ExportProduct,
  type ExportProvinceSummary,
  nationalExportJson,
  nationalProductsCsv,
  nationalSummaryCsv,
  PRODUCT_CSV_COLUMNS,
  SUMMARY_CSV_COLUMNS,
} from './report-national-export.ts';

const product: ExportProduct = {
  productId: '5c0e8c52-94a4-4c1e-9a55-0b8f3f0d2b11',
  ocopCode: '08-02230-001-2025',
  productName: 'Chè "Shan tuyết", Na Hang',
  productSetId: 11,
  productSetName: 'Chè tươi, chè chế biến',
  stars: 4,
  status: 'revoked',
  certificateNumber: '12/GCN-UBND',
  decisionNumber: '345/QĐ-UBND',
  decisionDate: '2025-02-01',
  issuingLevel: 'province',
  authorityName: null,
  validFrom: '2025-02-01',
  validTo: '2028-02-01',
  datesPrecision: 'day',
  extendedUntil: null,
  revokedOn: '2026-06-10',
  revocationGround: 'dd',
  revocationGroundVi: 'Chủ thể không còn hoạt động sản xuất sản phẩm OCOP',
  producerId: '0b7e2f8e-0d5c-4d7b-8f38-0a4c7f3c9e21',
  producerName: 'Hợp tác xã Chè Na Hang',
  producerType: 'cooperative',
  producerTypeVi: 'Hợp tác xã',
  producerTaxCode: '5000123456',
  provinceCode: '08',
  provinceName: 'Tỉnh Tuyên Quang',
  communeCode: '02230',
  communeName: 'Xã Na Hang',
};

const zero: ExportProvinceSummary = {
  provinceCode: '08',
  provinceName: 'Tỉnh Tuyên Quang',
  productsInForce: 0,
  inForce3Stars: 0,
  inForce4Stars: 0,
  inForce5Stars: 0,
  valid: 0,
  expiring: 0,
  extended: 0,
  expired: 0,
  revoked: 1,
  certifiedInMonth: 0,
  producersInForce: 0,
  communesCovered: 0,
};

const data = {
  month: '2026-06',
  from: '2026-06-01',
  to: '2026-06-30',
  generatedAt: '2026-07-01T00:00:05.000Z',
  products: [product],
  summary: { provinces: [zero], total: { ...zero, provinceCode: '', provinceName: 'Toàn quốc' } },
};

describe('national export format v1', () => {
  it('writes the products CSV in UTF-8 with a BOM, CRLF, the documented header and quoting', () => {
    const text = nationalProductsCsv(data).toString('utf8');
    expect(text.startsWith('\uFEFFocop_code,product_name,product_set_id,')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${PRODUCT_CSV_COLUMNS.join(',')}`);
    expect(PRODUCT_CSV_COLUMNS).toContain('revocation_ground_vi');
    const [header, row] = parse(text, { bom: true }) as string[][];
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(record).toMatchObject({
      product_name: 'Chè "Shan tuyết", Na Hang',
      stars: '4',
      status: 'revoked',
      authority_name: '',
      extended_until: '',
      revocation_ground: 'dd',
    });
  });

  it('writes one summary row per province then the country, and the JSON with both', () => {
    const [header, ...rows] = parse(nationalSummaryCsv(data), { bom: true }) as string[][];
    expect(header).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(header).toContain('in_force_3_stars');
    expect(rows.map((r) => r[1])).toEqual(['Tỉnh Tuyên Quang', 'Toàn quốc']);
    const json = JSON.parse(nationalExportJson(data).toString('utf8'));
    expect(json).toMatchObject({ format: 'ocop-national-export', version: '1.0', units: '2025' });
    expect(json.products[0].productName).toBe('Chè "Shan tuyết", Na Hang');
    expect(json.statusLabels.extended).toContain('Điều 12.3');
  });
});
