import { z } from 'zod';
import { PUBLIC_STATUSES } from '../../../domain/marketplace/public-status.ts';
import {
  SALE_POINT_LEVELS,
  SALE_POINT_LOCATION_CODES,
} from '../../../domain/marketplace/sale-point-rules.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');
const communeCode = z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số');
const optionalText = (max: number) => z.string().max(max).nullish();

export const SalePointSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    address: z.string(),
    province: z.object({ code: z.string(), name: z.string() }),
    commune: z.object({ code: z.string(), name: z.string() }).nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    level: z.enum(SALE_POINT_LEVELS),
    locationType: z.string().nullable(),
    phone: z.string().nullable(),
    openingHours: z.string().nullable(),
    website: z.string().nullable(),
    recognisedBy: z.string().nullable(),
    recognisedOn: z.string().nullable(),
    isActive: z.boolean(),
    productCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SalePointSummary' });

export const SalePointSchema = SalePointSummarySchema.extend({
  products: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      slug: z.string(),
      stars: z.number().int().nullable(),
      status: z.enum(PUBLIC_STATUSES),
    }),
  ),
}).meta({ id: 'SalePoint' });

const fields = {
  name: z.string().max(300),
  address: z.string().max(500),
  provinceCode,
  communeCode: communeCode.nullish(),
  lat: z.number().min(-90).max(90).nullish().describe('Vĩ độ WGS84 (trong lãnh thổ Việt Nam)'),
  lon: z.number().min(-180).max(180).nullish().describe('Kinh độ WGS84'),
  level: z.enum(SALE_POINT_LEVELS).describe('Cấp công nhận: commune (xã), province (tỉnh), national'),
  locationType: z
    .enum(SALE_POINT_LOCATION_CODES)
    .describe(
      'Loại địa điểm theo Quyết định 950/QĐ-BCT: nhà ga/sân bay, trạm dừng nghỉ, siêu thị/chợ, du lịch…',
    ),
  phone: optionalText(30),
  openingHours: optionalText(200),
  website: optionalText(500),
  recognisedBy: optionalText(100).describe('Số quyết định công nhận điểm bán'),
  recognisedOn: isoDate.nullish(),
  isActive: z.boolean().optional(),
  productIds: z.array(z.uuid()).max(1000).optional().describe('Sản phẩm OCOP bày bán (danh sách đầy đủ)'),
};

export const CreateSalePointBody = z.object(fields);
export const UpdateSalePointBody = z.object(fields).partial();

export const SalePointListQuery = z.object({
  province: provinceCode.optional(),
  commune: communeCode.optional(),
  level: z.enum(SALE_POINT_LEVELS).optional(),
  locationType: z.enum(SALE_POINT_LOCATION_CODES).optional(),
  active: z.stringbool().optional(),
  recognised: z.stringbool().optional().describe('Đã có quyết định công nhận (true) hoặc chưa (false)'),
  q: z.string().max(100).optional().describe('Tên hoặc địa chỉ, không cần dấu'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const SalePointListSchema = z.object({
  items: z.array(SalePointSummarySchema),
  total: z.number().int(),
});

const label = { labelVi: z.string(), labelEn: z.string() };

export const SalePointLabelsSchema = z.object({
  levels: z.array(z.object({ code: z.enum(SALE_POINT_LEVELS), ...label })),
  locationTypes: z.array(z.object({ code: z.enum(SALE_POINT_LOCATION_CODES), ...label })),
});
