import { z } from 'zod';
import { isoDate } from '../plans/indicator-schemas.ts';

export const ReportQuery = z.object({
  scope: z
    .enum(['province', 'national'])
    .describe('province: một tỉnh (cần provinceCode); national: toàn quốc (Bộ)'),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số')
    .optional()
    .describe('Mã tỉnh (đơn vị từ 1/7/2025), bắt buộc khi scope=province'),
  asOf: isoDate.optional().describe('Ngày tính các chỉ số tồn (mặc định: hôm nay)'),
  from: isoDate.optional().describe('Đầu kỳ báo cáo (mặc định: 1/1 của năm asOf)'),
  to: isoDate.optional().describe('Cuối kỳ báo cáo (mặc định: asOf)'),
});

export const ReportExportSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['national_monthly', 'workbook', 'summary_pdf']),
    month: z.string().describe('YYYY-MM'),
    periodFrom: z.string(),
    periodTo: z.string(),
    format: z.string().describe('csv (sản phẩm), summary_csv (tổng hợp theo tỉnh), json (cả hai)'),
    fileName: z.string(),
    mimeType: z.string(),
    rowCount: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReportExport' });

export const ReportExportListSchema = z.object({ items: z.array(ReportExportSchema) });

export const ExportIdParams = z.object({ id: z.uuid() });

export const RunExportBody = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng dạng YYYY-MM')
    .describe('Tháng cần xuất (đã kết thúc), YYYY-MM'),
  replace: z.boolean().optional().describe('Ghi đè bản đã xuất của tháng này (mặc định: giữ bản cũ)'),
});

export const RunExportSchema = z.object({
  written: z.boolean().describe('false: tháng này đã có đủ tệp, không ghi lại'),
  items: z.array(ReportExportSchema),
});
