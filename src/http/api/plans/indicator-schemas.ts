import { z } from 'zod';
import { SALE_POINT_LEVELS } from '../../../domain/marketplace/sale-point-rules.ts';
import { TRADE_EVENT_KIND_CODES } from '../../../domain/marketplace/trade-event-kinds.ts';
import { INDICATOR_CODES, INDICATOR_UNITS } from '../../../domain/programme/indicator-catalogue.ts';
import { CHANNEL_GROUPS } from '../../../domain/programme/indicator-param-specs.ts';
import { PRODUCER_TYPES } from '../../../domain/registry/producer-types.ts';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');

export const LabelSchema = z.object({ vi: z.string(), en: z.string() });

const producerTypeCodes = PRODUCER_TYPES.map((t) => t.code) as [string, ...string[]];

/** Parameters as stored and answered (every key optional; which ones an indicator takes: GET /plans/indicators). */
export const IndicatorParamsSchema = z
  .object({
    minStars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
    types: z.array(z.enum(producerTypeCodes)).optional(),
    channels: z.array(z.enum(CHANNEL_GROUPS)).optional(),
    level: z.enum(SALE_POINT_LEVELS).optional(),
    supportKind: z.string().optional(),
    eventKinds: z.array(z.enum(TRADE_EVENT_KIND_CODES)).optional(),
    year: z.number().int().optional(),
    minRatio: z.number().optional(),
    maxRatio: z.number().optional(),
    unit: z.enum(INDICATOR_UNITS).optional(),
  })
  .meta({ id: 'IndicatorParams' });

export const IndicatorResultSchema = z
  .object({
    code: z.enum(INDICATOR_CODES),
    label: LabelSchema,
    unit: z.enum(INDICATOR_UNITS),
    noun: LabelSchema,
    kind: z.enum(['stock', 'flow', 'yearly']),
    params: IndicatorParamsSchema,
    value: z.number().nullable(),
    source: z.enum(['computed', 'manual']).describe('computed: tính từ dữ liệu; manual: nhập tay'),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    breakdown: z.record(z.string(), z.number()).nullable(),
    measured: z.object({
      asOf: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      year: z.number().int().optional(),
    }),
    history: z
      .enum(['exact', 'partial', 'none'])
      .describe(
        'Mức chính xác khi tính lùi về một ngày trong quá khứ (partial: một phần dữ liệu không có lịch sử)',
      ),
  })
  .meta({ id: 'IndicatorResult' });

export const IndicatorDefinitionSchema = z
  .object({
    code: z.enum(INDICATOR_CODES),
    label: LabelSchema,
    unit: z.enum(INDICATOR_UNITS),
    noun: LabelSchema,
    kind: z.enum(['stock', 'flow', 'yearly']),
    manualOnly: z.boolean(),
    history: z.enum(['exact', 'partial', 'none']),
    params: z.array(z.string()),
  })
  .meta({ id: 'IndicatorDefinition' });
