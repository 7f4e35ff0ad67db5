import { updateImportBatch } from '../../db/repositories/imports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { IMPORT_FIELDS } from '../../domain/import/column-synonyms.ts';
import { emptyMapping, readHeader } from '../../domain/import/columns.ts';
import type { AppDeps } from '../deps.ts';
import { loadImportBatch } from './find-import.ts';
import { type ImportBatchView, toImportBatchView } from './import-batch-view.ts';
import type { ImportJobs } from './import-jobs.ts';

/** The person's column mapping (and default province); the previous preview is discarded. */
export async function setImportMapping(
  deps: AppDeps,
  jobs: ImportJobs,
  actor: Actor | null,
  id: string,
  input: { mapping: Record<string, number | null>; defaultProvinceCode?: string | null | undefined },
): Promise<ImportBatchView> {
  const batch = await loadImportBatch(deps.db, actor, id);
  if (batch.status === 'committed' || jobs.isRunning(id)) {
    throw new DomainError('VALIDATION_FAILED', 'Lần nhập đã ghi vào sổ hoặc đang chạy: không đổi được cột.');
  }
  const width = readHeader(batch.rows, batch.headerRowIndex).cells.length;
  const mapping = emptyMapping();
  const fieldErrors: { field: string; message: string }[] = [];
  for (const [field, index] of Object.entries(input.mapping)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      fieldErrors.push({ field: `body.mapping.${field}`, message: 'Trường không có trong danh sách nhập.' });
    } else if (index !== null && (index < 0 || index >= width)) {
      fieldErrors.push({ field: `body.mapping.${field}`, message: `Cột ${index} không có trong tệp.` });
    } else {
      mapping[field as keyof typeof mapping] = index;
    }
  }
  const province = input.defaultProvinceCode ?? null;
  if (province && !deps.adminUnits.province2025(province)) {
    fieldErrors.push({ field: 'body.defaultProvinceCode', message: `Không có tỉnh mã ${province}.` });
  }
  if (fieldErrors.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'Ghép cột chưa hợp lệ.', { fieldErrors });
  await updateImportBatch(deps.db, id, {
    mapping,
    defaultProvinceCode: province ?? batch.defaultProvinceCode,
    status: 'uploaded',
    outcomes: null,
    summary: null,
    error: null,
  });
  return toImportBatchView(await loadImportBatch(deps.db, actor, id), jobs);
}
