import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../app/import/import-file.ts';
import { buildImportReport } from '../app/import/import-report.ts';
import { startServices } from '../bootstrap.ts';
import type { AppConfig } from '../config/env.ts';
import { findImportBatch } from '../db/repositories/imports.repository.ts';
import { isDomainError } from '../domain/errors.ts';

const LABELS: Record<string, string> = {
  rows: 'dòng dữ liệu / data rows',
  create: 'tạo mới / created',
  update: 'cập nhật / updated',
  unchanged: 'không đổi / unchanged',
  error: 'lỗi, bỏ qua / errors, skipped',
  needsChoice: 'cần chọn xã, bỏ qua / need a commune choice, skipped',
  duplicateInFile: 'trùng trong tệp / duplicates in file',
  producersCreated: 'chủ thể mới / new producers',
  productsCreated: 'sản phẩm mới / new products',
  certificatesCreated: 'giấy chứng nhận mới / new certificates',
};

/** `ocop import products FILE [--dry-run] [--province 08] [--report out.xlsx]`: exit 1 only when nothing imports. */
export async function runImportProducts(config: AppConfig, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, province: { type: 'string' }, report: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error(
      'Cách dùng / usage: ocop import products FILE [--dry-run] [--province 08] [--report out.xlsx]',
    );
    return 64;
  }
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) {
    console.error(`Không đọc được tệp / cannot read ${file}`);
    return 66;
  }
  const services = await startServices({ ...config, demoData: false });
  try {
    const result = await importFile(
      services.deps,
      null,
      { id: null, label: `cli:${process.env.USER ?? 'operator'}` },
      { name: basename(file), bytes },
      { dryRun: values['dry-run'] ?? false, defaultProvinceCode: values.province ?? null },
    );
    console.log(
      result.committed ? 'Đã ghi vào sổ / committed' : 'Xem trước, chưa ghi / dry run, nothing written',
    );
    for (const [key, value] of Object.entries(result.summary))
      console.log(`  ${String(value).padStart(6)}  ${LABELS[key] ?? key}`);
    if (values.report) {
      const batch = await findImportBatch(services.deps.db, result.batchId);
      if (batch) await writeFile(values.report, await buildImportReport(batch));
      console.log(`Báo cáo / report: ${values.report}`);
    }
    const s = result.summary;
    return s.create + s.update + s.unchanged > 0 ? 0 : 1;
  } catch (error) {
    if (isDomainError(error)) {
      console.error(`${error.code}: ${error.detail}`);
      return 1;
    }
    throw error;
  } finally {
    await services.close();
  }
}
