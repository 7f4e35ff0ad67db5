import { z } from 'zod';

export const MarketplaceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    webhookUrl: z.string(),
    isActive: z.boolean(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Marketplace' });

export const MarketplaceWithSecretSchema = MarketplaceSchema.extend({
  secret: z.string().describe('Khoá ký HMAC-SHA256: chỉ hiển thị một lần, hãy lưu lại ngay'),
}).meta({ id: 'MarketplaceWithSecret' });

const webhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe('https://… (http:// chỉ với localhost để thử nghiệm)');

export const RegisterMarketplaceBody = z.object({
  name: z.string().trim().min(1).max(200),
  webhookUrl,
});

export const UpdateMarketplaceBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  webhookUrl: webhookUrl.optional(),
  isActive: z.boolean().optional().describe('false: ngừng gửi; các lần gửi đang chờ chuyển thành thất bại'),
});

export const MarketplaceParams = z.object({ id: z.uuid('Mã phải là UUID') });
export const DeliveryParams = z.object({
  id: z.uuid('Mã phải là UUID'),
  deliveryId: z.uuid('Mã phải là UUID'),
});

export const DeliverySchema = z
  .object({
    id: z.uuid(),
    event: z.string().describe('certificate.revoked | certificate.recertified | certificate.expired'),
    product: z.object({ id: z.uuid(), name: z.string() }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

export const DeliveryListQuery = z.object({
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const DeliveryListSchema = z.object({ items: z.array(DeliverySchema), total: z.number().int() });
