import { fetchProducers } from '../../api/producers';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, pickFilters, readPage, toApiQuery, toQueryKey } from '../../lib/list-query';
import { can, scopeOf } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { PRODUCER_FILTER_KEYS, type ProducerFilters, ProducerFiltersForm } from './producer-filters';
import { ProducersTable } from './producers-table';

const loadProducers = (key: string, signal: AbortSignal) => fetchProducers(fromQueryKey(key), signal);

export function ProducersPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: ProducerFilters = pickFilters(route, PRODUCER_FILTER_KEYS);
  const page = readPage(route.page);
  const key = toQueryKey(toApiQuery(filters, page));
  const state = useFetch(key, loadProducers);
  const show = (next: ProducerFilters, nextPage = 1) =>
    navigateWithQuery(['producers'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <div className="page-heading">
        <h1>{t('producers.heading')}</h1>
        {can(user.role, 'producers:create') && (
          <a className="button-link" href={routeHref('producers', 'new')}>
            {t('producers.new')}
          </a>
        )}
      </div>
      <p className="lead">{t('producers.intro')}</p>
      <ProducerFiltersForm
        key={toQueryKey(filters)}
        initial={filters}
        scope={scopeOf(user)}
        onApply={(next) => show(next)}
      />
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <ProducersTable producers={state.data.items} total={state.data.total} />
          <Pagination page={page} total={state.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}
