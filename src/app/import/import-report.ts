import ExcelJS from 'exceljs';
import type { ImportBatchRow } from '../../db/repositories/imports.repository.ts';
import type { ImportRowResult, ImportSummary } from './import-types.ts';

const OUTCOME_LABELS: Record<ImportRowResult['outcome'], string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi (đã có)',
  error: 'Bỏ qua: lỗi',
  needs_choice: 'Bỏ qua: cần chọn xã',
  duplicate_in_file: 'Bỏ qua: trùng dòng trên',
};

const SUMMARY_LABELS: Record<keyof ImportSummary, string> = {
  rows: 'Số dòng dữ liệu',
  create: 'Tạo mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  error: 'Lỗi',
  needsChoice: 'Cần chọn xã',
  duplicateInFile: 'Trùng trong tệp',
  producersCreated: 'Chủ thể tạo mới',
  productsCreated: 'Sản phẩm tạo mới',
  certificatesCreated: 'Giấy chứng nhận ghi mới',
};

/** The row-level report: what happened to each row and why, plus the counts. */
export async function buildImportReport(batch: ImportBatchRow): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nền tảng OCOP';
  const summary = workbook.addWorksheet('Tóm tắt');
  summary.columns = [
    { header: 'Mục', width: 30 },
    { header: 'Giá trị', width: 50 },
  ];
  summary.addRow(['Tệp', batch.fileName]);
  summary.addRow(['Trạng thái', batch.status === 'committed' ? 'Đã ghi vào sổ' : 'Xem trước (chưa ghi)']);
  for (const [key, value] of Object.entries((batch.summary ?? {}) as Partial<ImportSummary>)) {
    summary.addRow([SUMMARY_LABELS[key as keyof ImportSummary] ?? key, value]);
  }
  summary.getRow(1).font = { bold: true };
  const rows = workbook.addWorksheet('Từng dòng');
  rows.columns = [
    { header: 'Dòng', width: 7 },
    { header: 'Kết quả', width: 24 },
    { header: 'Lý do / ghi chú', width: 60 },
    { header: 'Tên sản phẩm', width: 36 },
    { header: 'Chủ thể', width: 36 },
    { header: 'Địa chỉ trong tệp', width: 40 },
    { header: 'Xã/phường (2025)', width: 26 },
    { header: 'Tỉnh/thành phố (2025)', width: 20 },
    { header: 'Hạng sao', width: 9 },
    { header: 'Năm', width: 7 },
    { header: 'Bộ sản phẩm', width: 8 },
  ];
  rows.getRow(1).font = { bold: true };
  rows.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of (batch.outcomes ?? []) as ImportRowResult[]) {
    rows.addRow([
      r.rowNumber,
      OUTCOME_LABELS[r.outcome],
      r.messages.join('; '),
      r.productName ?? '',
      r.producerName ?? '',
      r.addressText,
      r.communeName ??
        (r.candidates.length ? `Chọn một: ${r.candidates.map((c) => c.communeName).join(' / ')}` : ''),
      r.provinceName ?? '',
      r.stars ?? '',
      r.year ?? '',
      r.productSetId ?? '',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
