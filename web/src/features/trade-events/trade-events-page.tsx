import { fetchTradeEvents } from '../../api/trade-events';
import type { TradeEvent, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { todayInVietnam } from '../../lib/format';
import { fromQueryKey, PAGE_SIZE, readPage, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { EVENTS_PAGE_HREF } from '../../lib/public-links';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHref, routeHrefWithQuery, useHashQuery } from '../shell/use-hash-route';
import { dayBefore, eventPhase } from './event-labels';

const VIEWS = ['upcoming', 'past'] as const;
type EventView = (typeof VIEWS)[number];

const loadEvents = (key: string, signal: AbortSignal) => fetchTradeEvents(fromQueryKey(key), signal);

/** #/trade-events?view=upcoming|past: fairs and trade events of the province and national ones, by start date. */
export function TradeEventsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const view: EventView = route.view === 'past' ? 'past' : 'upcoming';
  const page = readPage(route.page);
  const today = todayInVietnam();
  const query = {
    from: view === 'upcoming' ? today : undefined,
    to: view === 'past' ? dayBefore(today) : undefined,
    page: String(page),
    pageSize: String(PAGE_SIZE),
  };
  const state = useFetch(toQueryKey(query), loadEvents);

  return (
    <>
      <div className="page-heading">
        <h1>{t('events.heading')}</h1>
        {can(user.role, 'trade-promotion:manage') && (
          <a className="button-link" href={routeHref('trade-events', 'new')}>
            {t('events.new')}
          </a>
        )}
      </div>
      <p className="lead">
        {t('events.intro')} <PublicLink href={EVENTS_PAGE_HREF}>{t('events.publicCalendar')}</PublicLink>
      </p>
      <nav className="tabs" aria-label={t('events.viewsLabel')}>
        <ul>
          {VIEWS.map((option) => (
            <li key={option}>
              <a
                href={routeHrefWithQuery(['trade-events'], { view: option })}
                aria-current={option === view ? 'page' : undefined}
              >
                {t(`events.view.${option}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <EventsTable
            events={state.data.items}
            caption={t('events.caption', { view: t(`events.view.${view}`), total: state.data.total })}
            today={today}
          />
          <Pagination
            page={page}
            total={state.data.total}
            onPage={(next) =>
              navigateWithQuery(['trade-events'], { view, page: next > 1 ? String(next) : undefined })
            }
          />
        </>
      )}
    </>
  );
}

function EventsTable({
  events,
  caption,
  today,
}: {
  events: readonly TradeEvent[];
  caption: string;
  today: string;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="trade-events-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events.name')}</th>
            <th scope="col">{t('events.kind')}</th>
            <th scope="col">{t('events.dates')}</th>
            <th scope="col">{t('events.place')}</th>
            <th scope="col">{t('events.scope')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="trade-event-row">
              <th scope="row">
                <a href={routeHref('trade-events', event.id)}>{event.name}</a>
                {eventPhase(event, today) === 'ongoing' && (
                  <span className="badge status-valid">{t('events.ongoing')}</span>
                )}
              </th>
              <td>{t(`events.kind.${event.kind}`)}</td>
              <td className="code">
                {event.startsOn} → {event.endsOn}
              </td>
              <td>{event.place}</td>
              <td>{event.province ? event.province.name : t('events.national')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p className="empty">{t('events.empty')}</p>}
    </div>
  );
}
