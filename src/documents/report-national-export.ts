// The monthly export for the national OCOP system, version 1 (docs/national-export-format.md is the contract):
// products.csv (one row per certified product), a summary CSV (one row per 2025 province, then the country) and
// one JSON document holding both. CSV: UTF-8 with a byte-order mark (Excel then reads Vietnamese), comma
// separated, CRLF line ends, RFC 4180 quoting, dates YYYY-MM-DD, empty cell for "none".
import { stringify } from 'csv-stringify/sync';

export const EXPORT_FORMAT = 'ocop-national-export';
export const EXPORT_FORMAT_VERSION = '1.0';

export const EXPORT_STATUSES = ['valid', 'expiring', 'extended', 'expired', 'revoked'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Status codes and their meaning (Decision 26/2026/QĐ-TTg; ADR 0010). */
export const EXPORT_STATUS_LABELS: Readonly<Record<ExportStatus, string>> = {
  valid: 'Còn hiệu lực',
  expiring: 'Còn hiệu lực, sắp hết hạn (còn 180 ngày trở xuống)',
  extended: 'Hết hạn, được gia hạn chờ đánh giá lại (Điều 12.3)',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
};

export type ExportProduct = Readonly<{
  productId: string;
  ocopCode: string | null;
  productName: string;
  productSetId: number | null;
  productSetName: string | null;
  stars: number;
  status: ExportStatus;
  certificateNumber: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingLevel: 'province' | 'ministry';
  authorityName: string | null;
  validFrom: string;
  validTo: string;
  datesPrecision: 'day' | 'year';
  extendedUntil: string | null;
  revokedOn: string | null;
  revocationGround: string | null;
  revocationGroundVi: string | null;
  producerId: string;
  producerName: string;
  producerType: string;
  producerTypeVi: string;
  producerTaxCode: string | null;
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
}>;

export type ExportProvinceSummary = Readonly<{
  provinceCode: string;
  provinceName: string;
  productsInForce: number;
  inForce3Stars: number;
  inForce4Stars: number;
  inForce5Stars: number;
  valid: number;
  expiring: number;
  extended: number;
  expired: number;
  revoked: number;
  certifiedInMonth: number;
  producersInForce: number;
  communesCovered: number;
}>;

export type NationalExport = Readonly<{
  /** YYYY-MM */
  month: string;
  from: string;
  to: string;
  generatedAt: string;
  products: readonly ExportProduct[];
  summary: Readonly<{ total: ExportProvinceSummary; provinces: readonly ExportProvinceSummary[] }>;
}>;

const snake = (key: string) => key.replace(/[A-Z]|\d+/g, (m) => `_${m.toLowerCase()}`);

const PRODUCT_KEYS = [
  'ocopCode',
  'productName',
  'productSetId',
  'productSetName',
  'stars',
  'status',
  'certificateNumber',
  'decisionNumber',
  'decisionDate',
  'issuingLevel',
  'authorityName',
  'validFrom',
  'validTo',
  'datesPrecision',
  'extendedUntil',
  'revokedOn',
  'revocationGround',
  'revocationGroundVi',
  'producerName',
  'producerType',
  'producerTypeVi',
  'producerTaxCode',
  'provinceCode',
  'provinceName',
  'communeCode',
  'communeName',
  'productId',
  'producerId',
] as const satisfies readonly (keyof ExportProduct)[];

/** The header of the products CSV, in order (snake_case of the JSON keys). */
export const PRODUCT_CSV_COLUMNS = PRODUCT_KEYS.map(snake);

const SUMMARY_KEYS = [
  'provinceCode',
  'provinceName',
  'productsInForce',
  'inForce3Stars',
  'inForce4Stars',
  'inForce5Stars',
  'valid',
  'expiring',
  'extended',
  'expired',
  'revoked',
  'certifiedInMonth',
  'producersInForce',
  'communesCovered',
] as const satisfies readonly (keyof ExportProvinceSummary)[];

export const SUMMARY_CSV_COLUMNS = SUMMARY_KEYS.map(snake);

const BOM = '\uFEFF';

function csv<T>(rows: readonly T[], keys: readonly (keyof T)[]): Buffer {
  const records = rows.map((row) => keys.map((key) => row[key] ?? ''));
  const text = stringify(records, {
    header: true,
    columns: keys.map((k) => snake(String(k))),
    record_delimiter: 'windows',
  });
  return Buffer.from(BOM + text, 'utf8');
}

export const nationalProductsCsv = (data: NationalExport): Buffer => csv(data.products, PRODUCT_KEYS);

/** One row per province (by code), then the country (province_code empty). */
export const nationalSummaryCsv = (data: NationalExport): Buffer =>
  csv([...data.summary.provinces, data.summary.total], SUMMARY_KEYS);

export function nationalExportJson(data: NationalExport): Buffer {
  const document = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    period: { month: data.month, from: data.from, to: data.to },
    units: '2025',
    generatedAt: data.generatedAt,
    statusLabels: EXPORT_STATUS_LABELS,
    summary: data.summary,
    products: data.products,
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}
