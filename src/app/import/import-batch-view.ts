import type { ImportBatchRow } from '../../db/repositories/imports.repository.ts';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../domain/import/column-synonyms.ts';
import { readHeader } from '../../domain/import/columns.ts';
import { REQUIRED_FIELDS } from '../../domain/import/parse-sheet.ts';
import type { ImportJobs } from './import-jobs.ts';
import type { ImportSummary } from './import-types.ts';

export const IMPORT_STATUSES = [
  'uploaded',
  'previewing',
  'previewed',
  'committing',
  'committed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportBatchView = {
  id: string;
  fileName: string;
  status: ImportStatus;
  rowCount: number;
  headerRowIndex: number;
  columns: { index: number; header: string; field: string | null }[];
  fields: { field: string; label: string; required: boolean }[];
  mapping: Record<string, number | null>;
  defaultProvinceCode: string | null;
  progress: { done: number; total: number } | null;
  summary: ImportSummary | null;
  error: string | null;
  createdAt: string;
  committedAt: string | null;
};

export function toImportBatchView(row: ImportBatchRow, jobs: ImportJobs): ImportBatchView {
  const { cells: header, firstDataIndex } = readHeader(row.rows, row.headerRowIndex);
  const fieldOfColumn = new Map<number, string>();
  for (const [field, index] of Object.entries(row.mapping))
    if (index !== null) fieldOfColumn.set(index, field);
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status as ImportStatus,
    rowCount: Math.max(0, row.rows.length - firstDataIndex),
    headerRowIndex: row.headerRowIndex,
    columns: header.map((text, index) => ({ index, header: text, field: fieldOfColumn.get(index) ?? null })),
    fields: IMPORT_FIELDS.map((field: ImportField) => ({
      field,
      label: FIELD_LABELS[field],
      required: (REQUIRED_FIELDS as readonly string[]).includes(field),
    })),
    mapping: row.mapping,
    defaultProvinceCode: row.defaultProvinceCode,
    progress: jobs.progressOf(row.id),
    summary: (row.summary as ImportSummary | null) ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}
