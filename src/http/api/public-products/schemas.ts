import { z } from 'zod';
import { PUBLIC_STATUSES } from '../../../domain/marketplace/public-status.ts';

export const ProductCodeParams = z.object({
  code: z
    .string()
    .min(1)
    .max(100)
    .describe('Mã số sản phẩm OCOP (08-02245-007-2026), mã vạch GTIN-13/GTIN-14 hoặc mã định danh (UUID)'),
});

/** The live status of a product, as the public API and the webhooks show it. */
export const ProductStatusSchema = z
  .object({
    productId: z.uuid(),
    name: z.string(),
    ocopCode: z.string().nullable(),
    gtin: z.string().nullable(),
    producer: z.object({ id: z.uuid(), name: z.string() }),
    province: z.object({ code: z.string(), name: z.string() }),
    stars: z
      .number()
      .int()
      .nullable()
      .describe('Hạng sao của giấy chứng nhận hiện tại (kể cả khi đã hết hạn)'),
    status: z
      .enum(PUBLIC_STATUSES)
      .describe(
        'valid: còn hiệu lực; expiring: còn ≤ 180 ngày; extended: hết hạn nhưng đang đánh giá lại (tối đa 180 ngày); ' +
          'expired: hết hiệu lực; revoked: bị thu hồi; not_yet_valid: chưa đến ngày hiệu lực; none: chưa có giấy chứng nhận',
      ),
    certificate: z
      .object({
        id: z.uuid(),
        number: z.string().nullable(),
        decisionNumber: z.string().nullable(),
        issuingLevel: z.string().describe('province: UBND tỉnh (3–4 sao); ministry: Bộ (5 sao)'),
        validFrom: z.string(),
        validTo: z.string(),
        extendedUntil: z.string().nullable(),
        daysLeft: z.number().int().nullable(),
      })
      .nullable(),
    revocation: z
      .object({
        revokedOn: z.string(),
        ground: z.string().describe('Điều 8 khoản 1 Quyết định 26/2026/QĐ-TTg: a, b, c, d, dd (điểm đ), e'),
        groundLabel: z.string(),
        groundLabelEn: z.string(),
      })
      .nullable(),
    url: z.string().describe('Trang sản phẩm trên cổng thông tin OCOP'),
    checkedOn: z.string().describe('Ngày (giờ Việt Nam) trạng thái được tính'),
  })
  .meta({ id: 'ProductStatus' });
