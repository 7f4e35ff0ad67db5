import { z } from 'zod';
import { SUPPORT_KIND_CODES, SUPPORT_KINDS } from '../../../domain/support/support-kinds.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');
const communeCode = z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số');
const unitRef = z.object({ code: z.string(), name: z.string() });
const kindsHelp = SUPPORT_KINDS.map((k) => `${k.code}: ${k.labelVi}`).join('; ');

export const SupportKindListSchema = z.object({
  items: z.array(z.object({ code: z.enum(SUPPORT_KIND_CODES), labelVi: z.string(), labelEn: z.string() })),
});

export const SupportRecordSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(SUPPORT_KIND_CODES),
    producer: z.object({ id: z.uuid(), name: z.string() }),
    product: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    province: unitRef,
    commune: unitRef,
    description: z.string().nullable(),
    amountVnd: z.number().int(),
    fundingSource: z.string().nullable(),
    grantedOn: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupportRecord' });

const fields = {
  producerId: z.uuid(),
  productId: z.uuid().nullish().describe('Sản phẩm của chủ thể được hỗ trợ (nếu có)'),
  kind: z.enum(SUPPORT_KIND_CODES).describe(`Loại hỗ trợ: ${kindsHelp}`),
  description: z.string().max(2000).nullish(),
  amountVnd: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Số tiền (đồng)'),
  fundingSource: z.string().max(300).nullish().describe('Nguồn kinh phí'),
  grantedOn: isoDate.describe('Ngày hỗ trợ (không sau hôm nay)'),
};

export const CreateSupportRecordBody = z.object(fields);
export const UpdateSupportRecordBody = z.object(fields).partial();

export const SupportRecordListQuery = z.object({
  province: provinceCode.optional(),
  commune: communeCode.optional(),
  producerId: z.uuid().optional(),
  productId: z.uuid().optional(),
  kind: z.enum(SUPPORT_KIND_CODES).optional(),
  from: isoDate.optional().describe('Hỗ trợ từ ngày'),
  to: isoDate.optional().describe('Hỗ trợ đến ngày'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const total = { count: z.number().int(), amountVnd: z.number().int() };

export const SupportRecordListSchema = z.object({
  items: z.array(SupportRecordSchema),
  total: z.number().int(),
  totals: z
    .object({ ...total, byKind: z.array(z.object({ kind: z.enum(SUPPORT_KIND_CODES), ...total })) })
    .describe('Tổng theo loại hỗ trợ, trên toàn bộ kết quả lọc'),
});
