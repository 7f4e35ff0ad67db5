import { z } from 'zod';
import { IMPORT_STATUSES } from '../../../app/import/import-batch-view.ts';
import { IMPORT_OUTCOMES } from '../../../app/import/import-types.ts';

export const ImportBatchSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    rowCount: z.number().int(),
    headerRowIndex: z.number().int(),
    columns: z.array(z.object({ index: z.number().int(), header: z.string(), field: z.string().nullable() })),
    fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
    mapping: z.record(z.string(), z.number().int().nullable()),
    defaultProvinceCode: z.string().nullable(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
    summary: z
      .object({
        rows: z.number().int(),
        create: z.number().int(),
        update: z.number().int(),
        unchanged: z.number().int(),
        error: z.number().int(),
        needsChoice: z.number().int(),
        duplicateInFile: z.number().int(),
        producersCreated: z.number().int(),
        productsCreated: z.number().int(),
        certificatesCreated: z.number().int(),
      })
      .nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportBatch' });

export const ImportRowSchema = z
  .object({
    rowNumber: z.number().int(),
    outcome: z.enum(IMPORT_OUTCOMES),
    messages: z.array(z.string()),
    productName: z.string().nullable(),
    producerName: z.string().nullable(),
    addressText: z.string(),
    communeCode: z.string().nullable(),
    communeName: z.string().nullable(),
    provinceName: z.string().nullable(),
    stars: z.number().int().nullable(),
    year: z.number().int().nullable(),
    productSetId: z.number().int().nullable(),
    candidates: z.array(
      z.object({ communeCode: z.string(), communeName: z.string(), provinceName: z.string() }),
    ),
  })
  .meta({ id: 'ImportRow' });

export const UploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/\.(xlsx|csv)$/i, 'Chỉ nhận tệp .xlsx hoặc .csv'),
});
export const ImportIdParams = z.object({ id: z.uuid() });
export const MappingBody = z.object({
  mapping: z.record(z.string(), z.number().int().min(0).nullable()),
  defaultProvinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
});
export const PreviewBody = z.object({
  resolutions: z.record(z.string().regex(/^\d+$/), z.string().regex(/^\d{5}$/)).optional(),
});
export const RowsQuery = z.object({
  outcome: z.enum(IMPORT_OUTCOMES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
