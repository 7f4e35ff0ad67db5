import { fetchSupportRecords, supportWorkbookUrl } from '../../api/support';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, pickFilters, readPage, toApiQuery, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { RevenueGrowthPanel } from '../impact/revenue-growth-panel';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { SUPPORT_FILTER_KEYS, type SupportFilters, SupportFiltersForm } from './support-filters';
import { isSupportKind } from './support-labels';
import { SupportTable, SupportTotalsLine } from './support-table';

const loadRecords = (key: string, signal: AbortSignal) => fetchSupportRecords(fromQueryKey(key), signal);

/** #/support?kind=&from=&to=&producerId=&province=&page=: support given in the user's scope, newest first. */
export function SupportListPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: SupportFilters = pickFilters(route, SUPPORT_FILTER_KEYS);
  // An unknown kind in a hand-edited address is dropped rather than sent for the server to refuse.
  if (!isSupportKind(filters.kind)) delete filters.kind;
  const page = readPage(route.page);
  const state = useFetch(toQueryKey(toApiQuery(filters, page)), loadRecords);
  const show = (next: SupportFilters, nextPage = 1) =>
    navigateWithQuery(['support'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <div className="page-heading">
        <h1>{t('support.heading')}</h1>
        {can(user.role, 'programme:manage') && (
          <a className="button-link" href={routeHref('support', 'new')}>
            {t('support.new')}
          </a>
        )}
      </div>
      <p className="lead">{t('support.intro')}</p>
      <SupportFiltersForm
        key={toQueryKey(filters)}
        initial={filters}
        canChooseProvince={user.provinceCode === null}
        onApply={(next) => show(next)}
      />
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <SupportTotalsLine totals={state.data.totals} />
          {state.data.total > 0 && (
            <p className="export-links">
              <a
                className="button-link button-link-outline"
                href={supportWorkbookUrl(filters)}
                download
                data-testid="support-xlsx"
              >
                {t('support.downloadXlsx')}
              </a>
            </p>
          )}
          <SupportTable
            records={state.data.items}
            caption={t('support.caption', { total: state.data.total })}
          />
          <Pagination page={page} total={state.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
      <RevenueGrowthPanel provinceCode={filters.province ?? user.provinceCode} />
    </>
  );
}
