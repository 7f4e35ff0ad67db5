import { fetchJson } from './http';
import type { AppNotification, NotificationList } from './types';

export function fetchNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return fetchJson<NotificationList>('/notifications', { query: { pageSize: '20' }, signal });
}

export function markNotificationRead(id: string): Promise<AppNotification> {
  return fetchJson<AppNotification>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<{ updated: number }> {
  return fetchJson<{ updated: number }>('/notifications/read-all', { method: 'POST' });
}
