import { z } from 'zod';
import { GateSchema } from '../criteria/schemas.ts';

export const SelfAssessmentBody = z.object({
  productSetId: z.number().int().min(1).max(26).describe('Bộ sản phẩm 1–26'),
  answers: z
    .record(z.string().min(1).max(20), z.number().int())
    .refine((a) => Object.keys(a).length <= 300, { message: 'Quá nhiều câu trả lời' })
    .describe(
      'Mã tiêu chí → chỉ số phương án (bắt đầu từ 0, theo thứ tự trong phiếu chấm), ví dụ { "1.1": 2 }. ' +
        'Tiêu chí có hai trường hợp (bộ 26) có thể ghi "8.b": 1. Tiêu chí không trả lời được 0 điểm.',
    ),
  criteriaSetId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Số quyết định hoặc slug ("26-2026-qd-ttg"); mặc định bộ đang có hiệu lực'),
});

const Subtotal = { code: z.string(), name: z.string(), maxPoints: z.number(), points: z.number() };

const FailedFloor = z.object({
  criterionCode: z.string(),
  criterionName: z.string(),
  points: z.number(),
  requiredPoints: z.number(),
  requiredOption: z.object({ index: z.number().int(), label: z.string(), minStarFor: z.number().int() }),
});

export const EvaluationResultSchema = z
  .object({
    criteriaSetId: z.string(),
    productSetId: z.number().int(),
    productSetName: z.string(),
    sheetCount: z.number().int(),
    sheetTotals: z.array(z.number()),
    total: z.number().describe('Tổng điểm (làm tròn xuống 2 chữ số thập phân)'),
    totalText: z.string(),
    bandStars: z.number().int().describe('Hạng theo tổng điểm (Điều 3)'),
    stars: z.number().int().describe('Hạng dự kiến sau khi xét yêu cầu tối thiểu (dấu sao)'),
    certifiable: z.boolean(),
    divergent: z.boolean(),
    spread: z.number(),
    blockedBy: z
      .array(z.object({ stars: z.number().int(), criteria: z.array(FailedFloor) }))
      .describe('Để đạt hạng N sao còn thiếu yêu cầu tối thiểu ở các tiêu chí này'),
    gates: z.array(GateSchema.extend({ sheets: z.array(z.number().int()) })),
    parts: z.array(
      z.object({
        ...Subtotal,
        sections: z.array(z.object({ ...Subtotal, groups: z.array(z.object(Subtotal)).optional() })),
      }),
    ),
    criteria: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        maxPoints: z.number(),
        points: z.number(),
        sheetPoints: z.array(z.number()),
        unansweredOn: z.array(z.number().int()),
        notApplicableOn: z.array(z.number().int()),
      }),
    ),
  })
  .meta({ id: 'EvaluationResult' });
