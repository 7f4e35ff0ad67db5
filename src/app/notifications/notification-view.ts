import type { NotificationRow } from '../../db/repositories/notifications.repository.ts';

/** A notification as its recipient sees it (the e-mail bookkeeping is reduced to its status). */
export type NotificationView = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  entity: string | null;
  entityId: string | null;
  isRead: boolean;
  readAt: string | null;
  emailStatus: 'none' | 'pending' | 'sent' | 'failed';
  createdAt: string;
};

export function toNotificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    entity: row.entity,
    entityId: row.entityId,
    isRead: row.readAt !== null,
    readAt: row.readAt?.toISOString() ?? null,
    emailStatus: row.emailStatus,
    createdAt: row.createdAt.toISOString(),
  };
}
