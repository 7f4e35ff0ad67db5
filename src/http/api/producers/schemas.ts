import { z } from 'zod';
import { PRODUCER_TYPES } from '../../../domain/registry/producer-types.ts';

const producerTypeCodes = PRODUCER_TYPES.map((t) => t.code) as [string, ...string[]];
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const UnitRefSchema = z.object({ code: z.string(), name: z.string() });

export const ProducerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: z.string(),
    taxCode: z.string().nullable(),
    representativeName: z.string().nullable(),
    representativeGender: z.enum(['male', 'female']).nullable(),
    representativeEthnicity: z.string().nullable(),
    commune: UnitRefSchema,
    province: UnitRefSchema,
    street: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    isArchived: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Producer' });

const producerFields = {
  name: z.string().trim().min(2).max(300),
  type: z.enum(producerTypeCodes).describe('Loại hình chủ thể (Điều 2.3 Quyết định 26/2026)'),
  taxCode: optionalText(20).describe('Mã số thuế / mã số doanh nghiệp: 10 số, hoặc 10 số + "-" + 3 số'),
  representativeName: optionalText(200),
  representativeGender: z.enum(['male', 'female']).nullish(),
  representativeEthnicity: optionalText(60).describe('Dân tộc của người đại diện (tiêu chí chấm điểm)'),
  communeCode: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số'),
  street: optionalText(300),
  phone: optionalText(40),
  email: z.email('Email không hợp lệ').max(200).nullish(),
  website: optionalText(500),
};

export const CreateProducerBody = z.object({
  ...producerFields,
  confirmNotDuplicate: z.boolean().optional().describe('Xác nhận không trùng với chủ thể cùng tên trong xã'),
});

export const UpdateProducerBody = z
  .object({ ...producerFields, isArchived: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để cập nhật' });

export const ProducerListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  commune: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  type: z.enum(producerTypeCodes).optional(),
  includeArchived: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const IdParams = z.object({ id: z.uuid('Mã phải là UUID') });
