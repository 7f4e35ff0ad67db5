import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { listMyNotifications } from '../../../app/notifications/list-my-notifications.ts';
import { markAllNotificationsRead } from '../../../app/notifications/mark-all-notifications-read.ts';
import { markNotificationRead } from '../../../app/notifications/mark-notification-read.ts';
import { requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  ListNotificationsQuery,
  MarkAllReadSchema,
  NotificationIdParams,
  NotificationListSchema,
  NotificationSchema,
} from './schemas.ts';

/** The caller's own notifications: every role has some, so access is 'authenticated'. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['notifications'];

  app.get(
    '/',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Thông báo của bạn, mới nhất trước (kèm số chưa đọc)',
        querystring: ListNotificationsQuery,
        response: { 200: NotificationListSchema, ...problemResponses },
      },
    },
    async (request) => listMyNotifications(deps, requireSession(request).actor, request.query),
  );

  app.post(
    '/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc mọi thông báo (cần X-CSRF-Token)',
        response: { 200: MarkAllReadSchema, ...problemResponses },
      },
    },
    async (request) => markAllNotificationsRead(deps, requireSession(request).actor),
  );

  app.post(
    '/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Đánh dấu một thông báo đã đọc (cần X-CSRF-Token)',
        params: NotificationIdParams,
        response: { 200: NotificationSchema, ...problemResponses },
      },
    },
    async (request) => markNotificationRead(deps, requireSession(request).actor, request.params.id),
  );
};
