import { z } from 'zod';

export const ProvinceCodeParams = z.object({
  code: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số, ví dụ 08'),
});

export const ProvinceSchema = z
  .object({ code: z.string(), name: z.string(), type: z.string(), fullName: z.string(), nameEn: z.string() })
  .meta({ id: 'Province' });

export const CommuneSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    type: z.string(),
    fullName: z.string(),
    provinceCode: z.string(),
  })
  .meta({ id: 'Commune' });

const optionalText = z.string().trim().min(1).max(120).optional();

export const ResolveQuerySchema = z
  .object({
    province: optionalText,
    district: optionalText,
    commune: optionalText,
    oldCommuneCode: z
      .string()
      .regex(/^\d{5}$/, 'Mã xã cũ gồm 5 chữ số, ví dụ 29335')
      .optional(),
  })
  .refine((q) => q.commune !== undefined || q.oldCommuneCode !== undefined, {
    message: 'Cần tên xã/phường (commune) hoặc mã xã cũ (oldCommuneCode)',
    path: ['commune'],
  });

export const ResolveResponseSchema = z
  .object({
    matches: z.array(
      z.object({
        communeCode: z.string(),
        communeName: z.string(),
        provinceCode: z.string(),
        provinceName: z.string(),
        via: z.enum(['2025', 'pre2025-mapping']),
      }),
    ),
    ambiguous: z.boolean(),
  })
  .meta({ id: 'ResolvedAddress' });
