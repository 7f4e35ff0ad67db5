import { z } from 'zod';
import { OUTCOME_KIND_CODES } from '../../../app/trade-events/outcome-kinds.ts';

const unitRef = z.object({ code: z.string(), name: z.string() });
const vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const TradeEventParticipantSchema = z
  .object({
    producer: z.object({ id: z.uuid(), name: z.string(), province: unitRef, commune: unitRef }),
    products: z.array(z.object({ id: z.uuid(), name: z.string() })),
    booth: z.string().nullable(),
  })
  .meta({ id: 'TradeEventParticipant' });

export const TradeEventParticipantListSchema = z.object({ items: z.array(TradeEventParticipantSchema) });

export const SetTradeEventParticipantsBody = z.object({
  participants: z
    .array(
      z.object({
        producerId: z.uuid(),
        productIds: z.array(z.uuid()).max(200).optional().describe('Sản phẩm của chủ thể trưng bày'),
        booth: z.string().max(100).nullish().describe('Gian hàng, ví dụ "B12"'),
      }),
    )
    .max(2000)
    .describe('Danh sách đầy đủ chủ thể tham gia (thay danh sách cũ)'),
});

export const TradeEventOutcomeSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    kind: z.enum(OUTCOME_KIND_CODES),
    counterpart: z.string(),
    valueVnd: z.number().int().nullable(),
    note: z.string().nullable(),
    producer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'TradeEventOutcome' });

export const TradeEventOutcomeListSchema = z.object({
  items: z.array(TradeEventOutcomeSchema),
  totals: z.object({
    count: z.number().int(),
    valueVnd: z.number().int().describe('Tổng giá trị (VND; giá trị chưa biết tính là 0)'),
    byKind: z.array(
      z.object({ kind: z.enum(OUTCOME_KIND_CODES), count: z.number().int(), valueVnd: z.number().int() }),
    ),
  }),
});

export const CreateTradeEventOutcomeBody = z.object({
  kind: z
    .enum(OUTCOME_KIND_CODES)
    .describe('lead: khách hàng tiềm năng; mou: biên bản ghi nhớ; contract: hợp đồng'),
  counterpart: z.string().max(300).describe('Đối tác: nhà phân phối, doanh nghiệp, siêu thị…'),
  valueVnd: vnd.nullish().describe('Giá trị (đồng)'),
  note: z.string().max(2000).nullish(),
  producerId: z.uuid().nullish().describe('Chủ thể tham gia sự kiện mà kết quả thuộc về'),
});

export const OutcomeParams = z.object({
  id: z.uuid('Mã phải là UUID'),
  outcomeId: z.uuid('Mã phải là UUID'),
});
