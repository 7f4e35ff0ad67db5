import { z } from 'zod';
import { DOSSIER_STATES, REGISTRATION_TYPES } from '../../../domain/workflow/dossier-states.ts';
import { DOSSIER_ACTIONS } from '../../../domain/workflow/transitions.ts';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const label = z.object({ vi: z.string(), en: z.string() });
const formValues = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]))
  .describe('Các mục của mẫu, theo khóa (xem GET /dossiers/forms)');
const storedForm = z.record(z.string(), z.unknown());
const answers = z
  .record(z.string(), z.number().int().min(0))
  .describe('Mã tiêu chí → chỉ số phương án (0-based)');

export const IdParams = z.object({ id: z.uuid() });

export const CreateDossierBody = z.object({
  productId: z.uuid(),
  registrationType: z
    .enum(REGISTRATION_TYPES)
    .describe('first: lần đầu; upgrade: nâng hạng; re_evaluation: đánh giá lại'),
  roundId: z.uuid().optional(),
});

export const EditDossierBody = z.object({
  form01: formValues.optional(),
  form02: formValues.optional(),
  selfAssessment: z.object({ answers, gates: z.array(z.string()).optional() }).optional(),
});

export const Form03Body = formValues;

export const TransitionBody = z.object({
  action: z.enum(DOSSIER_ACTIONS),
  reason: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .describe('Bắt buộc khi trả lại, yêu cầu bổ sung, loại hồ sơ'),
  councilId: z.uuid().optional().describe('send_to_council: Hội đồng chấm hồ sơ'),
  mode: z
    .enum(['meeting', 'written'])
    .optional()
    .describe('send_to_council: họp hoặc lấy ý kiến bằng văn bản'),
});

export const DossierListQuery = z.object({
  state: z
    .string()
    .optional()
    .describe('Một hoặc nhiều bước, cách nhau bằng dấu phẩy')
    .transform((v) => v?.split(',').filter(Boolean))
    .pipe(z.array(z.enum(DOSSIER_STATES)).optional()),
  registrationType: z.enum(REGISTRATION_TYPES).optional(),
  roundId: z.uuid().optional(),
  productId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  todo: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Chỉ hồ sơ đang chờ bạn xử lý'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const DossierListItem = z.object({
  id: z.uuid(),
  code: z.string(),
  state: z.enum(DOSSIER_STATES),
  stateLabel: label,
  registrationType: z.enum(REGISTRATION_TYPES),
  productId: z.uuid(),
  productName: z.string(),
  producerName: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  resultTotal: z.number().nullable(),
  resultStars: z.number().int().nullable(),
  updatedAt: z.string(),
});

const SheetSchema = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  pass: z.number().int(),
  total: z.number(),
  stars: z.number().int(),
  opinion: z.string().nullable(),
  answers,
  gates: z.array(z.string()),
  fingerprint: z.string(),
  supersedesId: z.uuid().nullable(),
  submittedAt: z.string(),
});

const CouncilWorkSchema = z.object({
  level: z.enum(['province', 'central']),
  council: z.object({ id: z.uuid(), name: z.string(), quorumPercent: z.number().int() }),
  mode: z.enum(['meeting', 'written']).nullable(),
  pass: z.number().int().nullable(),
  sheetsOpen: z.boolean(),
  members: z.array(
    z.object({
      userId: z.uuid(),
      displayName: z.string(),
      role: z.string(),
      agency: z.string().nullable(),
      isRecused: z.boolean(),
      recusalReason: z.string().nullable(),
      hasSubmitted: z.boolean(),
    }),
  ),
  quorum: z.object({
    met: z.boolean(),
    present: z.number().int(),
    total: z.number().int(),
    required: z.number().int(),
    chairPresent: z.boolean(),
    text: z.string(),
  }),
  sheets: z
    .array(SheetSchema)
    .describe('Phiếu của chính bạn; phiếu người khác chỉ sau khi bạn nộp và Chủ tịch mở thảo luận'),
  result: z
    .object({
      total: z.number(),
      stars: z.number().int(),
      divergent: z.boolean(),
      spread: z.number(),
      sheetTotals: z.array(z.number()),
    })
    .nullable(),
  advisoryReports: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      onDate: z.string(),
      summary: z.string(),
      findings: z.string().nullable(),
      requestedTests: z.string().nullable(),
      authorId: z.uuid(),
      createdAt: z.string(),
    }),
  ),
});

export const DossierSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    state: z.enum(DOSSIER_STATES),
    stateLabel: label,
    registrationType: z.enum(REGISTRATION_TYPES),
    product: z.object({ id: z.uuid(), name: z.string(), slug: z.string().nullable() }),
    producer: z.object({ id: z.uuid(), name: z.string() }),
    provinceCode: z.string(),
    communeCode: z.string(),
    address: z.string(),
    round: z
      .object({ id: z.uuid(), name: z.string(), intakeDeadline: z.string(), decisionDeadline: z.string() })
      .nullable(),
    criteriaSetId: z.string(),
    productSetId: z.number().int(),
    form01: storedForm,
    form02: storedForm,
    form03: storedForm.nullable(),
    selfAssessment: z.object({ answers, gates: z.array(z.string()).optional() }).nullable(),
    selfTotal: z.number().nullable(),
    selfStars: z.number().int().nullable(),
    missing: z.array(z.string()).describe('Những mục còn thiếu trước khi nộp'),
    missingItems: z
      .array(z.object({ vi: z.string(), en: z.string() }))
      .describe('Như missing, bằng hai thứ tiếng / the same, in both languages'),
    councilMode: z.enum(['meeting', 'written']).nullable(),
    scoringPass: z.number().int(),
    resultTotal: z.number().nullable(),
    resultStars: z.number().int().nullable(),
    centralTotal: z.number().nullable(),
    centralStars: z.number().int().nullable(),
    isNominated: z.boolean(),
    decisionId: z.uuid().nullable(),
    centralDecisionId: z.uuid().nullable(),
    certificateId: z.uuid().nullable(),
    baseCertificateId: z.uuid().nullable(),
    previousDossierId: z.uuid().nullable(),
    lastReason: z.string().nullable(),
    submittedOn: z.string().nullable(),
    completeOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    isOverdue: z.boolean(),
    workingDaysLeft: z.number().int().nullable(),
    capacities: z.array(z.string()),
    allowedActions: z.array(z.enum(DOSSIER_ACTIONS)),
    timeline: z.array(
      z.object({
        action: z.string(),
        fromState: z.string().nullable(),
        toState: z.string(),
        actorLabel: z.string(),
        actorName: z.string().describe('Tên người thực hiện'),
        note: z.string().nullable(),
        dueOn: z.string().nullable(),
        at: z.string(),
      }),
    ),
    council: z.object({ province: CouncilWorkSchema.nullable(), central: CouncilWorkSchema.nullable() }),
    changes: z
      .object({
        forms: z.array(
          z.object({
            form: z.string(),
            key: z.string(),
            label: z.string(),
            before: z.unknown(),
            after: z.unknown(),
          }),
        ),
        answers: z.array(
          z.object({
            criterionCode: z.string(),
            before: z.number().nullable(),
            after: z.number().nullable(),
          }),
        ),
      })
      .nullable()
      .describe('Nâng hạng / đánh giá lại: thay đổi so với hồ sơ trước'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Dossier' });

export const ScoreSheetBody = z.object({
  answers,
  gates: z.array(z.string()).optional(),
  opinion: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .describe('Ý kiến (bắt buộc nên có khi lấy ý kiến bằng văn bản)'),
});

export const RecusalBody = z.object({ reason: z.string().trim().min(5).max(2000) });

export const AdvisoryReportBody = z.object({
  kind: z.enum(['review', 'site_survey', 'lab_test_request']),
  onDate: isoDate,
  summary: z.string().trim().min(3).max(4000),
  findings: z.string().trim().max(8000).optional(),
  requestedTests: z.string().trim().max(4000).optional(),
});
