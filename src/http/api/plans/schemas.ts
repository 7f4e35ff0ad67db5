import { z } from 'zod';
import { INDICATOR_CODES, INDICATOR_UNITS } from '../../../domain/programme/indicator-catalogue.ts';
import { COMPARATORS } from '../../../domain/programme/target-progress.ts';
import {
  IndicatorDefinitionSchema,
  IndicatorParamsSchema,
  IndicatorResultSchema,
  isoDate,
  LabelSchema,
} from './indicator-schemas.ts';

const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');

const TargetBody = z.object({
  id: z.uuid().optional().describe('Giữ mã của chỉ tiêu đã có khi sửa'),
  indicator: z.string().max(50).describe('Mã chỉ số (GET /plans/indicators)'),
  params: z.record(z.string(), z.unknown()).optional().describe('Tham số của chỉ số, ví dụ {"minStars": 3}'),
  comparator: z.enum(COMPARATORS).optional().describe('Mặc định >='),
  targetValue: z.number(),
  wording: z.string().max(1000).nullish().describe('Chỉ tiêu như văn bản kế hoạch ghi'),
  manualValue: z.number().nullish().describe('Chỉ cho chỉ số nền tảng không tính được (manualOnly)'),
  manualAsOf: isoDate.nullish(),
});

const planFields = {
  level: z.enum(['province', 'national']),
  provinceCode: provinceCode.nullish(),
  name: z.string().min(1).max(300),
  decisionRef: z.string().max(200).nullish().describe('Số văn bản: "Kế hoạch 45/KH-UBND"'),
  periodFrom: isoDate,
  periodTo: isoDate,
  targets: z.array(TargetBody).max(100).optional().describe('Danh sách đầy đủ các chỉ tiêu'),
};

export const CreatePlanBody = z.object(planFields);
export const UpdatePlanBody = z.object(planFields).partial();

export const PlanListQuery = z.object({
  level: z.enum(['province', 'national']).optional(),
  province: provinceCode.optional(),
});

export const PlanTargetSchema = z
  .object({
    id: z.uuid(),
    indicator: z.enum(INDICATOR_CODES),
    label: LabelSchema,
    unit: z.enum(INDICATOR_UNITS),
    manualOnly: z.boolean(),
    params: IndicatorParamsSchema,
    comparator: z.enum(COMPARATORS),
    targetValue: z.number(),
    wording: z.string().nullable(),
    manualValue: z.number().nullable(),
    manualAsOf: z.string().nullable(),
  })
  .meta({ id: 'PlanTarget' });

export const PlanSchema = z
  .object({
    id: z.uuid(),
    level: z.enum(['province', 'national']),
    province: z.object({ code: z.string(), name: z.string() }).nullable(),
    name: z.string(),
    decisionRef: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    targets: z.array(PlanTargetSchema),
  })
  .meta({ id: 'Plan' });

export const PlanListSchema = z.object({ items: z.array(PlanSchema) });

export const ProgressQuery = z.object({ asOf: isoDate.optional().describe('Mặc định: hôm nay') });

export const PlanProgressSchema = z
  .object({
    plan: PlanSchema,
    asOf: z.string(),
    measuredOn: z.string().describe('Ngày tính: asOf giới hạn trong kỳ kế hoạch'),
    targets: z.array(
      z.object({
        target: PlanTargetSchema,
        actual: IndicatorResultSchema,
        startValue: z.number().nullable(),
        progress: z.object({
          met: z.boolean().nullable(),
          progressPercent: z.number().nullable(),
          remaining: z.number().nullable(),
          monthsElapsed: z.number(),
          monthsLeft: z.number(),
          paceNeededPerMonth: z
            .number()
            .nullable()
            .describe('Mức cần tăng mỗi tháng để đạt chỉ tiêu cuối kỳ'),
          currentPacePerMonth: z.number().nullable(),
          forecast: z.number().nullable().describe('Dự báo cuối kỳ theo tốc độ từ đầu kỳ'),
          forecastMet: z.boolean().nullable(),
        }),
      }),
    ),
  })
  .meta({ id: 'PlanProgress' });

export const IndicatorCatalogueSchema = z.object({ items: z.array(IndicatorDefinitionSchema) });
