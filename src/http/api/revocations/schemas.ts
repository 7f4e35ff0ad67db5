import { z } from 'zod';
import { REVOCATION_GROUNDS } from '../../../domain/registry/revocation-grounds.ts';
import { REVOCATION_ACTIONS, REVOCATION_STATES } from '../../../domain/revocation/revocation-transitions.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const groundCodes = REVOCATION_GROUNDS.map((g) => g.code) as [string, ...string[]];

export const RevocationSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(REVOCATION_STATES),
    level: z
      .enum(['province', 'central'])
      .describe('province: Chủ tịch UBND tỉnh (3–4 sao); central: Bộ trưởng (5 sao)'),
    provinceCode: z.string().nullable(),
    product: z.object({ id: z.uuid(), name: z.string(), producerId: z.uuid() }),
    certificate: z.object({
      id: z.uuid(),
      number: z.string().nullable(),
      stars: z.number().int(),
      validFrom: z.string(),
      validTo: z.string(),
    }),
    ground: z.enum(groundCodes),
    groundLabel: z.string(),
    description: z.string(),
    concludedOn: z.string(),
    dueOn: z.string().describe('Hạn quyết định: ngày kết luận + 15 ngày (Điều 8)'),
    isOverdue: z.boolean(),
    evidenceIds: z.array(z.uuid()),
    proposedBy: z.uuid().nullable(),
    decisionNumber: z.string().nullable(),
    decidedOn: z.string().nullable(),
    decidedBy: z.uuid().nullable(),
    decisionNote: z.string().nullable(),
    allowedActions: z.array(z.enum(REVOCATION_ACTIONS)),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Revocation' });

export const ProposeRevocationBody = z.object({
  certificateId: z.uuid(),
  ground: z.enum(groundCodes).describe('Điều 8 khoản 1: a, b, c, d, dd (điểm đ), e'),
  description: z.string().max(5000),
  concludedOn: isoDate.describe('Ngày có kết luận vi phạm, hoặc UBND xã xác nhận dừng sản xuất'),
  evidenceIds: z.array(z.uuid()).max(50).optional().describe('Tài liệu trong kho minh chứng của chủ thể'),
});

export const RevokeBody = z.object({
  decisionNumber: z.string().trim().min(1).max(100),
  decidedOn: isoDate.describe('Ngày ký quyết định: giấy chứng nhận bị thu hồi từ ngày này'),
  note: z.string().max(4000).nullish(),
});

export const DismissBody = z.object({
  reason: z.string().max(4000).describe('Lý do không thu hồi (bắt buộc)'),
});

export const RevocationListQuery = z.object({
  state: z.enum(REVOCATION_STATES).optional(),
  overdue: z.stringbool().optional().describe('true: chỉ hồ sơ chờ quyết định đã quá hạn 15 ngày'),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const RevocationListSchema = z.object({ items: z.array(RevocationSchema), total: z.number().int() });
