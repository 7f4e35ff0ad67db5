import { listNotificationsOfUser } from '../../db/repositories/notifications.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { AppDeps } from '../deps.ts';
import { type NotificationView, toNotificationView } from './notification-view.ts';

export type ListMyNotificationsInput = {
  /** Only the ones not read yet. */
  unread?: boolean | undefined;
  page: number;
  pageSize: number;
};

export type MyNotifications = { items: NotificationView[]; total: number; unreadCount: number };

/** The actor's own notifications, newest first, with how many are unread (for the bell badge). */
export async function listMyNotifications(
  deps: AppDeps,
  actor: Actor,
  input: ListMyNotificationsInput,
): Promise<MyNotifications> {
  const { items, total, unread } = await listNotificationsOfUser(deps.db, actor.id, {
    unreadOnly: input.unread === true,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: items.map(toNotificationView), total, unreadCount: unread };
}
