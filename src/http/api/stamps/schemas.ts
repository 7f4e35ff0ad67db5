import { z } from 'zod';
import { STAMP_LIMITS } from '../../../domain/stamps/batch-rules.ts';
import { MISUSE_REPORT_STATES } from '../../../domain/stamps/misuse-report-rules.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const province = z
  .string()
  .regex(/^\d{2}$/)
  .optional();
const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(50);

export const StampBatchSchema = z
  .object({
    id: z.uuid(),
    product: z.object({ id: z.uuid(), name: z.string(), gtin: z.string().nullable() }),
    certificate: z.object({
      id: z.uuid(),
      number: z.string().nullable(),
      stars: z.number().int(),
      validTo: z.string(),
    }),
    provinceCode: z.string(),
    quantity: z.number().int(),
    serialFrom: z.number().int(),
    serialTo: z.number().int(),
    printedOn: z.string().nullable(),
    status: z.enum(['issued', 'printed', 'void']),
    note: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    sheetPath: z
      .string()
      .describe(
        `Tờ tem PDF (tối đa ${STAMP_LIMITS.maxSheetStamps} tem mỗi lần; dùng ?from=&to= cho phần còn lại)`,
      ),
  })
  .meta({ id: 'StampBatch' });

export const StampBatchListSchema = z.object({ items: z.array(StampBatchSchema), total: z.number().int() });

export const CreateStampBatchBody = z.object({
  productId: z.uuid(),
  quantity: z
    .number()
    .int()
    .min(1)
    .max(STAMP_LIMITS.maxBatchQuantity)
    .describe(
      `Số tem của lô (1–${STAMP_LIMITS.maxBatchQuantity}); hạn mức mỗi giấy chứng nhận ${STAMP_LIMITS.quotaPerCertificate} tem`,
    ),
  note: z.string().max(2000).nullish(),
});

export const StampBatchListQuery = z.object({
  productId: z.uuid().optional(),
  province,
  status: z.enum(['issued', 'printed', 'void']).optional(),
  page,
  pageSize,
});

export const PrintedBody = z.object({
  printedOn: isoDate.optional().describe('Ngày in (mặc định: hôm nay)'),
});

export const VoidBody = z.object({
  reason: z.string().trim().min(3).max(2000).describe('Lý do hủy lô (thất lạc, in lỗi…)'),
});

export const SheetQuery = z.object({
  from: z.coerce.number().int().min(1).optional().describe('Số sê-ri đầu (mặc định: đầu lô)'),
  to: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(`Số sê-ri cuối (mặc định: from + ${STAMP_LIMITS.maxSheetStamps} − 1, trong lô)`),
});

export const StampFlagSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    product: z.object({ id: z.uuid(), name: z.string() }),
    provinceCode: z.string(),
    reason: z
      .enum(['many_scans', 'many_provinces'])
      .describe(
        'many_scans: quá nhiều thiết bị quét trong 24 giờ; many_provinces: quét ở ≥ 2 tỉnh trong 24 giờ',
      ),
    details: z.record(z.string(), z.unknown()),
    state: z.enum(['open', 'dismissed', 'confirmed']),
    detectedAt: z.string(),
    handledBy: z.uuid().nullable(),
    handledAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'StampFlag' });

export const StampFlagDetailSchema = StampFlagSchema.extend({
  recentScans: z.array(
    z.object({
      at: z.string(),
      client: z.string().describe('12 ký tự đầu của mã băm thiết bị theo ngày (không lưu địa chỉ IP)'),
      channel: z.string(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      provinceCode: z.string().nullable(),
    }),
  ),
});

export const StampFlagListSchema = z.object({ items: z.array(StampFlagSchema), total: z.number().int() });

export const StampFlagListQuery = z.object({
  state: z.enum(['open', 'dismissed', 'confirmed']).optional(),
  province,
  code: z.string().max(40).optional(),
  page,
  pageSize,
});

export const HandleFlagBody = z.object({ note: z.string().max(2000).nullish() });

export const MisuseReportSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    product: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    provinceCode: z.string().nullable().describe('Tỉnh xử lý; null: Bộ (không xác định được tỉnh)'),
    note: z.string(),
    contact: z.string().nullable(),
    place: z.string().nullable(),
    hasPhoto: z.boolean(),
    state: z.enum(MISUSE_REPORT_STATES),
    resolution: z.string().nullable(),
    handledBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MisuseReport' });

export const MisuseReportListSchema = z.object({
  items: z.array(MisuseReportSchema),
  total: z.number().int(),
});

export const MisuseReportListQuery = z.object({
  state: z.enum(MISUSE_REPORT_STATES).optional(),
  province: z
    .string()
    .regex(/^(\d{2}|none)$/)
    .optional()
    .describe('Bộ: mã tỉnh, hoặc "none" cho phản ánh chưa xác định được tỉnh'),
  page,
  pageSize,
});

export const UpdateMisuseReportBody = z.object({
  state: z.enum(['investigating', 'closed']).optional(),
  resolution: z.string().max(4000).nullish().describe('Kết quả xử lý (bắt buộc khi đóng)'),
});
