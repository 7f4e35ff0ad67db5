import { z } from 'zod';

export const NotificationIdParams = z.object({ id: z.uuid('Mã thông báo phải là UUID') });

export const ListNotificationsQuery = z.object({
  unread: z.stringbool().optional().describe('true: chỉ thông báo chưa đọc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z
      .string()
      .describe('dossier_overdue | re_evaluation_window | revocation_due | dossier_transition | …'),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('Đường dẫn trong ứng dụng (/admin/#/…)'),
    entity: z.string().nullable(),
    entityId: z.string().nullable(),
    isRead: z.boolean(),
    readAt: z.string().nullable(),
    emailStatus: z.enum(['none', 'pending', 'sent', 'failed']),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  total: z.number().int(),
  unreadCount: z.number().int(),
});

export const MarkAllReadSchema = z.object({ updated: z.number().int() });
