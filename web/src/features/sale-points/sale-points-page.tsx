import { fetchSalePoints } from '../../api/sale-points';
import type { SalePointSummary, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FiltersForm } from '../../components/filters-form';
import { SelectField } from '../../components/form-field';
import { Pagination } from '../../components/pagination';
import { ProvinceFilter } from '../../components/province-filter';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from '../../lib/format';
import { fromQueryKey, PAGE_SIZE, pickFilters, readPage, toQueryKey } from '../../lib/list-query';
import { can, scopeOf } from '../../lib/permissions';
import { salePointPageHref } from '../../lib/public-links';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { isLocationType, SALE_POINT_LEVELS } from './sale-point-labels';

const FILTER_KEYS = ['q', 'province', 'level', 'active'] as const;
type SalePointFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

const loadSalePoints = (key: string, signal: AbortSignal) => fetchSalePoints(fromQueryKey(key), signal);

/** #/sale-points?province=&level=&active=: the OCOP sale points of the office's province (ministry: all). */
export function SalePointsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: SalePointFilters = pickFilters(route, FILTER_KEYS);
  const page = readPage(route.page);
  const query = { ...filters, page: String(page), pageSize: String(PAGE_SIZE) };
  const state = useFetch(toQueryKey(query), loadSalePoints);
  const show = (next: SalePointFilters, nextPage = 1) =>
    navigateWithQuery(['sale-points'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <div className="page-heading">
        <h1>{t('salePoints.heading')}</h1>
        {can(user.role, 'trade-promotion:manage') && (
          <a className="button-link" href={routeHref('sale-points', 'new')}>
            {t('salePoints.new')}
          </a>
        )}
      </div>
      <p className="lead">{t('salePoints.intro')}</p>
      <FiltersForm
        key={toQueryKey(filters)}
        idPrefix="sale-points"
        label={t('salePoints.filtersLabel')}
        searchLabel={t('salePoints.search')}
        showArchived={false}
        initial={filters}
        onApply={(next) => show(next)}
      >
        {(draft, set) => (
          <>
            <ProvinceFilter
              scope={scopeOf(user)}
              value={draft.province}
              onChange={(province) => set({ province })}
            />
            <SelectField
              label={t('salePoints.level')}
              name="level"
              value={draft.level ?? ''}
              onChange={(level) => set({ level })}
              emptyLabel={t('common.all')}
              options={SALE_POINT_LEVELS.map((level) => ({
                value: level,
                label: t(`salePoints.level.${level}`),
              }))}
            />
            <SelectField
              label={t('salePoints.active')}
              name="active"
              value={draft.active ?? ''}
              onChange={(active) => set({ active })}
              emptyLabel={t('common.all')}
              options={[
                { value: 'true', label: t('salePoints.activeYes') },
                { value: 'false', label: t('salePoints.activeNo') },
              ]}
            />
          </>
        )}
      </FiltersForm>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <SalePointsTable points={state.data.items} total={state.data.total} />
          <Pagination page={page} total={state.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}

function SalePointsTable({ points, total }: { points: readonly SalePointSummary[]; total: number }) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="sale-points-table">
        <caption>{t('salePoints.caption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('salePoints.name')}</th>
            <th scope="col">{t('salePoints.address')}</th>
            <th scope="col">{t('salePoints.level')}</th>
            <th scope="col">{t('salePoints.locationType')}</th>
            <th scope="col">{t('salePoints.productCount')}</th>
            <th scope="col">{t('salePoints.active')}</th>
            <th scope="col">{t('salePoints.publicPage')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.id} data-testid="sale-point-row">
              <th scope="row">
                <a href={routeHref('sale-points', point.id)}>{point.name}</a>
              </th>
              <td>
                {point.address}
                <div className="muted small">
                  {point.commune ? `${point.commune.name}, ` : ''}
                  {point.province.name}
                </div>
              </td>
              <td>{t(`salePoints.level.${point.level}`)}</td>
              <td>
                {isLocationType(point.locationType) ? t(`salePoints.location.${point.locationType}`) : '—'}
              </td>
              <td className="code">{formatCount(point.productCount, language)}</td>
              <td>
                <span className={`badge ${point.isActive ? 'status-valid' : 'badge-muted'}`}>
                  {point.isActive ? t('salePoints.activeYes') : t('salePoints.activeNo')}
                </span>
              </td>
              <td>
                {point.isActive ? (
                  <PublicLink href={salePointPageHref(point.slug)}>
                    {t('salePoints.view')}
                    <span className="visually-hidden"> {point.name}</span>
                  </PublicLink>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {points.length === 0 && <p className="empty">{t('common.noResults')}</p>}
    </div>
  );
}
