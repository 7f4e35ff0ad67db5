import { z } from 'zod';
import { REVENUE_GROWTH_BAND_CODES } from '../../../domain/impact/revenue-growth.ts';

const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');
const vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const bandHelp =
  'declined: giảm; below_1_1: tăng dưới 1,1 lần; from_1_1_to_1_5: tăng 1,1–1,5 lần (kể cả hai đầu); above_1_5: tăng trên 1,5 lần';

export const FiguresParams = z.object({
  id: z.uuid('Mã phải là UUID'),
  year: z.coerce.number().int('Năm là số nguyên'),
});

export const YearlyFiguresSchema = z
  .object({
    producerId: z.uuid(),
    year: z.number().int(),
    revenueVnd: z.number().int().nullable(),
    profitVnd: z.number().int().nullable(),
    jobs: z.number().int().nullable(),
    localJobs: z.number().int().nullable(),
    revenueGrowth: z
      .object({ ratio: z.number(), band: z.enum(REVENUE_GROWTH_BAND_CODES).describe(bandHelp) })
      .nullable()
      .describe('So với năm trước, khi có doanh thu cả hai năm'),
    enteredBy: z.uuid().nullable(),
    enteredAt: z.string(),
  })
  .meta({ id: 'ProducerYearlyFigures' });

export const YearlyFiguresListSchema = z.object({ items: z.array(YearlyFiguresSchema) });

export const SetYearlyFiguresBody = z.object({
  revenueVnd: vnd.nullish().describe('Doanh thu cả năm (đồng)'),
  profitVnd: z
    .number()
    .int()
    .min(-Number.MAX_SAFE_INTEGER)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .describe('Lợi nhuận (đồng; âm khi lỗ)'),
  jobs: z.number().int().min(0).max(1_000_000).nullish().describe('Tổng số lao động'),
  localJobs: z.number().int().min(0).max(1_000_000).nullish().describe('Lao động địa phương (≤ tổng số)'),
});

export const RevenueGrowthQuery = z.object({
  provinceCode: provinceCode.optional().describe('Bỏ trống: toàn quốc (Bộ) hoặc tỉnh của bạn'),
  year: z.coerce.number().int().optional().describe('Năm so với năm trước (mặc định năm ngoái)'),
});

export const RevenueGrowthSchema = z
  .object({
    provinceCode: z.string().nullable(),
    year: z.number().int(),
    previousYear: z.number().int(),
    compared: z.number().int().describe('Chủ thể có doanh thu cả hai năm (năm trước > 0)'),
    notComparable: z.number().int().describe('Chủ thể có cả hai năm nhưng năm trước doanh thu bằng 0'),
    bands: z.array(
      z.object({
        band: z.enum(REVENUE_GROWTH_BAND_CODES).describe(bandHelp),
        count: z.number().int(),
        share: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'RevenueGrowth' });
