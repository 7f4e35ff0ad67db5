import { z } from 'zod';
import { TRADE_EVENT_KIND_CODES } from '../../../domain/marketplace/trade-event-kinds.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');

export const TradeEventSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: z.enum(TRADE_EVENT_KIND_CODES),
    name: z.string(),
    province: z.object({ code: z.string(), name: z.string() }).nullable().describe('null: sự kiện toàn quốc'),
    place: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    organiser: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TradeEvent' });

const fields = {
  kind: z
    .enum(TRADE_EVENT_KIND_CODES)
    .describe('fair: hội chợ; exhibition: triển lãm; supply_demand: kết nối cung cầu'),
  name: z.string().max(300),
  provinceCode: provinceCode.nullable().describe('null: sự kiện toàn quốc (do Bộ ghi nhận)'),
  place: z.string().max(500),
  startsOn: isoDate,
  endsOn: isoDate,
  organiser: z.string().max(300).nullish(),
  website: z.string().max(500).nullish(),
  description: z.string().max(10_000).nullish(),
};

export const CreateTradeEventBody = z.object(fields);
export const UpdateTradeEventBody = z.object(fields).partial();

export const TradeEventListQuery = z.object({
  province: provinceCode.optional(),
  includeNational: z.stringbool().optional().describe('Kèm sự kiện toàn quốc (mặc định có)'),
  kind: z.enum(TRADE_EVENT_KIND_CODES).optional(),
  from: isoDate.optional().describe('Sự kiện chưa kết thúc trước ngày này'),
  to: isoDate.optional().describe('Sự kiện bắt đầu không muộn hơn ngày này'),
  producerId: z
    .uuid()
    .optional()
    .describe('Chỉ các sự kiện chủ thể này tham gia (tài khoản chủ thể: chỉ của mình)'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const TradeEventListSchema = z.object({ items: z.array(TradeEventSchema), total: z.number().int() });
