import { z } from 'zod';
import { IndicatorResultSchema, isoDate, LabelSchema } from '../plans/indicator-schemas.ts';

const StarsSchema = z.object({ '3': z.number().int(), '4': z.number().int(), '5': z.number().int() });

export const DashboardQuery = z.object({
  asOf: isoDate.optional().describe('Ngày tính các chỉ số tồn (mặc định: hôm nay)'),
  from: isoDate.optional().describe('Đầu kỳ của các chỉ số trong kỳ (mặc định: 1/1 của năm asOf)'),
  to: isoDate.optional().describe('Cuối kỳ (mặc định: asOf)'),
  units: z
    .enum(['2025', 'pre2025'])
    .optional()
    .describe('pre2025: thêm số liệu theo tỉnh, huyện cũ (trước 1/7/2025) qua bảng chuyển đổi'),
});

export const ProvinceParams = z.object({ code: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số') });

const WindowSchema = z.object({ asOf: z.string(), from: z.string(), to: z.string() });

const HistoryPointSchema = z.object({
  month: z.string().describe('YYYY-MM'),
  date: z.string().describe('Ngày cuối tháng (tháng hiện tại: asOf)'),
  total: z.number().int(),
  byStars: StarsSchema,
});

const Pre2025RowSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string().nullable(),
  products: z.number().int(),
  byStars: StarsSchema,
  approximateProducts: z
    .number()
    .int()
    .describe('Sản phẩm ở xã mới lập từ nhiều đơn vị cũ (tính theo ước lượng)'),
});

const Pre2025Schema = z
  .object({
    note: LabelSchema,
    provinces: z.array(Pre2025RowSchema),
    districts: z.array(Pre2025RowSchema),
    unattributedProducts: z.number().int(),
    history: z.array(z.object({ code: z.string(), name: z.string(), points: z.array(HistoryPointSchema) })),
  })
  .nullable();

const breakdowns = {
  byStars: StarsSchema,
  byGroup: z.array(
    z.object({
      sectorCode: z.string(),
      sector: z.string(),
      groupCode: z.string(),
      group: z.string(),
      products: z.number().int(),
    }),
  ),
  bySector: z.array(z.object({ sectorCode: z.string(), sector: z.string(), products: z.number().int() })),
  unclassifiedProducts: z.number().int(),
  byProducerType: z.array(
    z.object({
      type: z.string(),
      label: LabelSchema,
      producers: z.number().int(),
      products: z.number().int(),
    }),
  ),
};

export const ProvinceDashboardSchema = z
  .object({
    province: z.object({ code: z.string(), name: z.string() }),
    window: WindowSchema,
    headline: z.array(IndicatorResultSchema),
    ...breakdowns,
    communes: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        type: z.string(),
        products: z.number().int(),
        byStars: StarsSchema,
        isCovered: z.boolean(),
      }),
    ),
    coverage: z.object({
      covered: z.number().int(),
      total: z.number().int(),
      percent: z.number().nullable(),
    }),
    history: z.array(HistoryPointSchema),
    pre2025: Pre2025Schema,
  })
  .meta({ id: 'ProvinceDashboard' });

const provinceRow = {
  products: z.number().int(),
  byStars: StarsSchema,
  communesCovered: z.number().int(),
  communesTotal: z.number().int(),
  coveragePercent: z.number().nullable(),
  producers: z.number().int(),
  newProducts: z.number().int(),
  upgradedProducts: z.number().int(),
  salePoints: z.number().int(),
};

export const NationalDashboardSchema = z
  .object({
    window: WindowSchema,
    headline: z.array(IndicatorResultSchema),
    provinces: z.array(z.object({ code: z.string(), name: z.string(), ...provinceRow })),
    totals: z.object(provinceRow),
    ...breakdowns,
    history: z.array(HistoryPointSchema),
    pre2025: Pre2025Schema,
  })
  .meta({ id: 'NationalDashboard' });
