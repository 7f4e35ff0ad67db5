import { z } from 'zod';

export const CriteriaSetIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .describe('Số quyết định, mã hóa URL (`26%2F2026%2FQ%C4%90-TTg`), hoặc dạng slug (`26-2026-qd-ttg`)'),
});

export const SheetParams = CriteriaSetIdParams.extend({
  productSetId: z.coerce.number().int().min(1).max(26).describe('Bộ sản phẩm 1–26'),
});

const CriteriaSetInfo = {
  id: z.string().describe('Số quyết định, ví dụ "26/2026/QĐ-TTg"'),
  slug: z.string().describe('Dạng dùng được trong URL, ví dụ "26-2026-qd-ttg"'),
  title: z.string(),
  effectiveFrom: z.string(),
  dataVersion: z.string(),
  fingerprint: z.string().describe('sha256 của tệp dữ liệu tiêu chí'),
  current: z.boolean().describe('Bộ tiêu chí áp dụng khi đánh giá không ghi rõ (hiệu lực mới nhất)'),
};

export const CriteriaSetListSchema = z.object({
  items: z.array(
    z
      .object({
        ...CriteriaSetInfo,
        productSets: z.array(
          z.object({
            id: z.number().int(),
            name: z.string(),
            sector: z.string(),
            group: z.string(),
            maxPoints: z.number(),
          }),
        ),
      })
      .meta({ id: 'CriteriaSetSummary' }),
  ),
});

const OptionSchema = z.object({
  index: z.number().int().describe('Giá trị trả lời: chỉ số phương án, bắt đầu từ 0'),
  label: z.string(),
  points: z.number(),
  minStarFor: z.number().int().nullable().describe('Dấu sao: yêu cầu tối thiểu của hạng 3, 4 hoặc 5 sao'),
  case: z.string().optional(),
  synthetic: z.boolean().optional(),
});

const CriterionSchema = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  note: z.string().optional(),
  options: z.array(OptionSchema),
  group: z.string().optional(),
  cases: z.array(z.object({ code: z.string(), label: z.string() })).optional(),
  caseInstruction: z.string().optional(),
  appliesWhen: z.object({ criterionCode: z.string(), reason: z.string() }).optional(),
  impliedBySection: z.boolean().optional(),
});

const SectionSchema = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  note: z.string().optional(),
  groups: z
    .array(
      z.object({
        code: z.string(),
        name: z.string(),
        maxPoints: z.number(),
        criteriaCodes: z.array(z.string()),
      }),
    )
    .optional(),
  criteria: z.array(CriterionSchema),
});

export const GateSchema = z.object({
  id: z.string(),
  scope: z.enum(['dossier', 'criterion', 'section']),
  effect: z.enum(['reject', 'stopEvaluation', 'notEvaluated']),
  text: z.string(),
  criterionCode: z.string().optional(),
  sectionCode: z.string().optional(),
});

export const CriteriaSheetSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    sector: z.string(),
    group: z.string(),
    subgroup: z.string().nullable(),
    maxPoints: z.number(),
    criteriaSet: z.object(CriteriaSetInfo),
    starBands: z.array(
      z.object({
        stars: z.number().int(),
        min: z.number(),
        label: z.string(),
        certified: z.boolean(),
        recognizedBy: z.string().nullable(),
      }),
    ),
    gates: z.array(GateSchema),
    parts: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        maxPoints: z.number(),
        sections: z.array(SectionSchema),
      }),
    ),
  })
  .meta({ id: 'CriteriaSheet' });

const ScoreSummary = z.object({ total: z.number(), stars: z.number().int() });

export const RegradeReportSchema = z
  .object({
    criteriaSetId: z.string(),
    fingerprint: z.string(),
    evaluated: z.number().int(),
    changed: z.array(
      z.object({
        productId: z.uuid(),
        productName: z.string(),
        productSetId: z.number().int(),
        before: ScoreSummary,
        after: ScoreSummary,
        certifiedStars: z.number().int().nullable(),
      }),
    ),
    unchanged: z.number().int(),
    failed: z.array(z.object({ productId: z.uuid(), productName: z.string(), reason: z.string() })),
  })
  .meta({ id: 'RegradeReport' });

/** Documents the body; the route scores the raw bytes (the fingerprint is that of what was sent). */
export const CriteriaFileBody = z
  .looseObject({
    decision: z.string().min(1).describe('Số quyết định, ví dụ "27/2027/QĐ-TTg"'),
    productSets: z.array(z.unknown()).min(1),
  })
  .describe('Tệp bộ tiêu chí cùng định dạng data/criteria/decision-26-2026.json');
