import { fetchProducts, productExportUrl } from '../../api/products';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, pickFilters, readPage, toApiQuery, toQueryKey } from '../../lib/list-query';
import { can, scopeOf } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { PRODUCT_FILTER_KEYS, type ProductFilters, ProductFiltersForm } from './product-filters';
import { ProductsTable } from './products-table';

const loadProducts = (key: string, signal: AbortSignal) => fetchProducts(fromQueryKey(key), signal);

export function ProductsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const filters: ProductFilters = pickFilters(route, PRODUCT_FILTER_KEYS);
  const page = readPage(route.page);
  const query = toApiQuery(filters, page);
  const state = useFetch(toQueryKey(query), loadProducts);
  const show = (next: ProductFilters, nextPage = 1) =>
    navigateWithQuery(['products'], { ...next, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <div className="page-heading">
        <h1>{t('products.heading')}</h1>
        {can(user.role, 'products:create') && (
          <a className="button-link" href={routeHref('products', 'new')}>
            {t('products.new')}
          </a>
        )}
      </div>
      <p className="lead">{t('products.intro')}</p>
      <ProductFiltersForm
        key={toQueryKey(filters)}
        initial={filters}
        scope={scopeOf(user)}
        onApply={(next) => show(next)}
      />
      <p className="export-links">
        <span>{t('products.exportLabel')}</span>{' '}
        <a href={productExportUrl(query, 'xlsx')} download data-testid="export-xlsx">
          {t('products.exportXlsx')}
        </a>{' '}
        <a href={productExportUrl(query, 'csv')} download data-testid="export-csv">
          {t('products.exportCsv')}
        </a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <ProductsTable products={state.data.items} total={state.data.total} />
          <Pagination page={page} total={state.data.total} onPage={(next) => show(filters, next)} />
        </>
      )}
    </>
  );
}
