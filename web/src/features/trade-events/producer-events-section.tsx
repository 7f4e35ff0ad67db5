import { fetchTradeEvents } from '../../api/trade-events';
import type { Producer, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { routeHref } from '../shell/use-hash-route';

const loadEvents = (producerId: string, signal: AbortSignal) =>
  fetchTradeEvents({ producerId, pageSize: '100' }, signal);

/** The fairs and trade events the producer took part in, on its record. */
export function ProducerEventsSection({ producer, user }: { producer: Producer; user: User }) {
  const { t } = useI18n();
  const state = useFetch(producer.id, loadEvents);
  const opensEvents = can(user.role, 'trade-promotion:manage');
  return (
    <section
      className="panel section-gap"
      aria-labelledby="producer-events-heading"
      data-testid="producer-events"
    >
      <h2 id="producer-events-heading">{t('events.attendedHeading')}</h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.items.length === 0 && <p>{t('events.attendedNone')}</p>}
      {state.status === 'success' && state.data.items.length > 0 && (
        <ul className="plain-list">
          {state.data.items.map((event) => (
            <li key={event.id} data-testid="producer-event">
              {opensEvents ? <a href={routeHref('trade-events', event.id)}>{event.name}</a> : event.name}
              <span className="muted small">
                {' '}
                · {t(`events.kind.${event.kind}`)} · {event.startsOn} → {event.endsOn} · {event.place}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
