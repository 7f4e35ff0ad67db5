import { markNotificationRead as markRow } from '../../db/repositories/notifications.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { type NotificationView, toNotificationView } from './notification-view.ts';

/** Marks one of the actor's notifications read (again: no change). Someone else's is "not found". */
export async function markNotificationRead(
  deps: AppDeps,
  actor: Actor,
  notificationId: string,
): Promise<NotificationView> {
  const row = await markRow(deps.db, actor.id, notificationId, deps.now());
  if (!row) throw new DomainError('NOTIFICATION_NOT_FOUND', 'Không tìm thấy thông báo.');
  return toNotificationView(row);
}
