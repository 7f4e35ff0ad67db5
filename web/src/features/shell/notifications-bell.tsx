import { useEffect, useId, useState } from 'react';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead } from '../../api/notifications';
import type { AppNotification, NotificationList } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../dossiers/dossier-labels';

const REFRESH_MS = 60_000;

const loadNotifications = (_key: string, signal: AbortSignal) => fetchNotifications(signal);

/**
 * The bell in the header: unread count, and a panel listing the latest notifications. It reloads when the
 * route changes (the user probably just acted) and once a minute.
 */
export function NotificationsBell({ refreshKey }: { refreshKey: string }) {
  const { t, language } = useI18n();
  const panelId = useId();
  const [tick, setTick] = useState(0);
  const state = useFetch(`${refreshKey}#${tick}`, loadNotifications);
  const [list, setList] = useState<NotificationList | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Keep showing the last answer while the next one loads, so the count does not blink.
  if (state.status === 'success' && state.data !== list) setList(state.data);
  const reload = () => setTick((n) => n + 1);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);

  async function markRead(item: AppNotification) {
    if (item.isRead) return;
    try {
      await markNotificationRead(item.id);
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  async function markAll() {
    try {
      await markAllNotificationsRead();
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const unread = list?.unreadCount ?? 0;
  return (
    <div className="notifications">
      <button
        type="button"
        className="button-secondary bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="notifications-bell"
      >
        <BellIcon />
        {t('notifications.label')}
        {unread > 0 && (
          <span className="bell-count" data-testid="unread-count">
            {' '}
            {unread}
            <span className="visually-hidden"> {t('notifications.unread')}</span>
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="notifications-panel" aria-label={t('notifications.label')}>
          <div className="page-heading">
            <h2>{t('notifications.heading')}</h2>
            {unread > 0 && (
              <button type="button" className="button-plain button-small" onClick={() => void markAll()}>
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          {state.status === 'error' && <ErrorAlert error={state.error} />}
          {error !== null && <ErrorAlert error={error} />}
          {list && list.items.length === 0 && <p className="muted">{t('notifications.none')}</p>}
          <ul className="plain-list notification-list">
            {list?.items.map((item) => (
              <li key={item.id} className={item.isRead ? 'is-read' : 'is-unread'} data-testid="notification">
                <p className="notification-title">
                  {!item.isRead && <span className="visually-hidden">{t('notifications.new')} </span>}
                  {item.link ? (
                    <a
                      href={item.link}
                      onClick={() => {
                        setOpen(false);
                        void markRead(item);
                      }}
                    >
                      {item.title}
                    </a>
                  ) : (
                    item.title
                  )}
                </p>
                <p className="small notification-body">{item.body}</p>
                <p className="muted small">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
                  {!item.isRead && (
                    <>
                      {' · '}
                      <button type="button" className="link-button" onClick={() => void markRead(item)}>
                        {t('notifications.markRead')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A bell drawn inline (no icon font or emoji font is needed). */
function BellIcon() {
  return (
    <svg
      className="bell-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
      />
    </svg>
  );
}
