import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Actor } from '../../domain/auth/roles.ts';
import { PRODUCER_TYPES } from '../../domain/registry/producer-types.ts';
import type { AppDeps } from '../deps.ts';
import { findProducts, type ProductListItem, type ProductSearch } from './find-products.ts';

export const EXPORT_STATUS_LABELS: Record<string, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  extended: 'Gia hạn chờ đánh giá lại',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
  not_yet_valid: 'Chưa có hiệu lực',
  none: 'Chưa có chứng nhận',
};

/** Column headers as the import recognises them, so an exported list can be edited and imported back. */
const COLUMNS: {
  header: string;
  width: number;
  value: (p: ProductListItem, deps: AppDeps) => string | number;
}[] = [
  { header: 'Mã sản phẩm OCOP', width: 22, value: (p) => p.ocopCode ?? '' },
  { header: 'Tên sản phẩm', width: 40, value: (p) => p.name },
  { header: 'Tên chủ thể', width: 40, value: (p) => p.producer.name },
  {
    header: 'Loại hình chủ thể',
    width: 22,
    value: (p) => PRODUCER_TYPES.find((t) => t.code === p.producer.type)?.labelVi ?? p.producer.type,
  },
  { header: 'Bộ sản phẩm', width: 8, value: (p) => p.productSetId ?? '' },
  {
    header: 'Tên bộ sản phẩm',
    width: 36,
    value: (p, deps) => (p.productSetId ? (deps.productSets.byId(p.productSetId)?.name ?? '') : ''),
  },
  { header: 'Xã/phường', width: 24, value: (p) => p.commune.name },
  { header: 'Tỉnh/thành phố', width: 18, value: (p) => p.province.name },
  { header: 'Hạng sao', width: 9, value: (p) => p.stars ?? '' },
  {
    header: 'Trạng thái chứng nhận',
    width: 24,
    value: (p) => EXPORT_STATUS_LABELS[p.certificateStatus] ?? p.certificateStatus,
  },
  { header: 'Hiệu lực đến', width: 14, value: (p) => p.validTo ?? '' },
];

/** Every product matching the filters, page by page (never the whole list in memory at once). */
async function* allProducts(deps: AppDeps, actor: Actor, search: Omit<ProductSearch, 'page' | 'pageSize'>) {
  for (let page = 1; ; page++) {
    const { items } = await findProducts(deps, actor, { ...search, page, pageSize: 1000 });
    yield* items;
    if (items.length < 1000) return;
  }
}

/** The filtered list as a stream of .xlsx or .csv bytes (UTF-8 with BOM, so Excel reads Vietnamese). */
export function exportProducts(
  deps: AppDeps,
  actor: Actor,
  search: Omit<ProductSearch, 'page' | 'pageSize'>,
  format: 'xlsx' | 'csv',
): Readable {
  const out = new PassThrough();
  const rows = allProducts(deps, actor, search);
  const write = format === 'csv' ? writeCsv(deps, rows, out) : writeXlsx(deps, rows, out);
  write.catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function writeCsv(deps: AppDeps, rows: AsyncIterable<ProductListItem>, out: PassThrough) {
  out.write('\uFEFF');
  const csv = stringify({ header: true, columns: COLUMNS.map((c) => c.header) });
  csv.pipe(out);
  for await (const product of rows) csv.write(COLUMNS.map((c) => c.value(product, deps)));
  csv.end();
}

async function writeXlsx(deps: AppDeps, rows: AsyncIterable<ProductListItem>, out: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Sản phẩm OCOP');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for await (const product of rows) sheet.addRow(COLUMNS.map((c) => c.value(product, deps))).commit();
  sheet.commit();
  await workbook.commit();
}
