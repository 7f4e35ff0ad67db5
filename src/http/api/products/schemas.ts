import { z } from 'zod';
import { CERTIFICATE_STATUSES } from '../../../domain/registry/certificate-status-codes.ts';
import { PRODUCER_TYPES } from '../../../domain/registry/producer-types.ts';
import { REVOCATION_GROUNDS } from '../../../domain/registry/revocation-grounds.ts';
import { UnitRefSchema } from '../producers/schemas.ts';

const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const intList = (min: number, max: number) =>
  z
    .string()
    .transform((s) => splitList(s).map(Number))
    .pipe(z.array(z.number().int().min(min).max(max)).min(1));
const statusList = z
  .string()
  .transform(splitList)
  .pipe(z.array(z.enum(CERTIFICATE_STATUSES)).min(1));

export const ProductListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().describe('Tìm không dấu: "che shan tuyet"'),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  commune: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  stars: intList(3, 5).optional().describe('Ví dụ 4 hoặc 3,4'),
  productSet: intList(1, 26).optional(),
  sector: z
    .string()
    .regex(/^[IVX]+$/)
    .optional()
    .describe('Ngành: I … VI'),
  group: z
    .string()
    .regex(/^[IVX]+\.\d+$/)
    .optional()
    .describe('Nhóm: ví dụ I.5'),
  producerType: z.enum(PRODUCER_TYPES.map((t) => t.code) as [string, ...string[]]).optional(),
  producerId: z.uuid().optional(),
  status: statusList.optional().describe('Ví dụ valid,expiring'),
  includeArchived: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ProductListItemSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    producer: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
    province: UnitRefSchema,
    commune: UnitRefSchema,
    productSetId: z.number().int().nullable(),
    ocopCode: z.string().nullable(),
    stars: z.number().int().nullable(),
    certificateStatus: z.enum(CERTIFICATE_STATUSES),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'ProductListItem' });

export const CertificateSchema = z
  .object({
    id: z.uuid(),
    number: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    issuingLevel: z.enum(['province', 'ministry']),
    authorityName: z.string().nullable(),
    stars: z.number().int(),
    score: z.number().nullable(),
    validFrom: z.string(),
    validTo: z.string(),
    datesPrecision: z.enum(['day', 'year']),
    status: z.enum(CERTIFICATE_STATUSES),
    revokedOn: z.string().nullable(),
    revocationGround: z.string().nullable(),
    reEvaluationPendingSince: z.string().nullable(),
  })
  .meta({ id: 'Certificate' });

export const ProductSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    producer: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
    productSetId: z.number().int().nullable(),
    productSet: z
      .object({
        id: z.number().int(),
        name: z.string(),
        sectorCode: z.string(),
        sector: z.string(),
        groupCode: z.string(),
        group: z.string(),
      })
      .nullable(),
    commune: UnitRefSchema,
    province: UnitRefSchema,
    description: z.string().nullable(),
    story: z.string().nullable(),
    gtin: z.string().nullable(),
    gtinIsVietnamese: z.boolean(),
    packaging: z.string().nullable(),
    unit: z.string().nullable(),
    ocopCode: z.string().nullable(),
    saleChannels: z.array(z.object({ kind: z.string(), url: z.string() })),
    photos: z.array(
      z.object({
        id: z.uuid(),
        url: z.string(),
        thumbUrl: z.string(),
        width: z.number().int(),
        height: z.number().int(),
      }),
    ),
    stars: z.number().int().nullable(),
    certificateStatus: z.enum(CERTIFICATE_STATUSES),
    certificates: z.array(CertificateSchema),
    isArchived: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });

const productFields = {
  name: z.string().trim().min(2).max(300),
  productSetId: z.number().int().min(1).max(26).describe('Bộ sản phẩm 1–26 (Phụ lục I Quyết định 26/2026)'),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullish()
    .describe('Xã nơi sản xuất; mặc định xã của chủ thể'),
  description: z.string().max(5000).nullish(),
  story: z.string().max(20_000).nullish(),
  gtin: z.string().max(20).nullish().describe('GTIN-13 (mã vạch GS1; 893 = Việt Nam)'),
  packaging: z.string().max(300).nullish(),
  unit: z.string().max(60).nullish(),
  saleChannels: z
    .array(z.string().max(1000))
    .max(30)
    .optional()
    .describe('Liên kết Postmart, Voso, Shopee, Tiki, Lazada, website…'),
};

export const CreateProductBody = z.object({ producerId: z.uuid(), ...productFields });
export const UpdateProductBody = z
  .object({ ...productFields, isArchived: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để cập nhật' });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');

export const CreateCertificateBody = z.object({
  number: z.string().max(100).nullish(),
  decisionNumber: z.string().max(100).nullish(),
  decisionDate: isoDate.nullish(),
  issuingLevel: z.enum(['province', 'ministry']).optional(),
  authorityName: z
    .string()
    .max(300)
    .nullish()
    .describe('Cơ quan cấp, ghi như trên quyết định (kể cả tên trước 2025)'),
  stars: z.number().int().min(3).max(5),
  score: z.number().min(0).max(100).nullish(),
  validFrom: isoDate,
  validTo: isoDate.nullish().describe('Mặc định 36 tháng sau ngày hiệu lực'),
});

export const ChangeCertificateBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('revoke'),
    revokedOn: isoDate,
    ground: z.enum(REVOCATION_GROUNDS.map((g) => g.code) as [string, ...string[]]),
  }),
  z.object({ action: z.literal('mark_re_evaluation_pending'), since: isoDate }),
  z.object({ action: z.literal('clear_re_evaluation_pending') }),
]);

export const CertificateParams = z.object({ id: z.uuid(), certificateId: z.uuid() });
export const AssignCodeBody = z.object({ year: z.number().int().min(2000).max(2099).optional() });

export const PhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
