import { useId, useState } from 'react';
import { fetchProducts } from '../../api/products';
import type { ProductListItem } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { Stars, StatusBadge } from '../products/status-badge';
import { routeHref } from '../shell/use-hash-route';
import type { CarriedProduct } from './sale-point-form-state';

interface ProductChooserProps {
  chosen: readonly CarriedProduct[];
  onChange: (products: CarriedProduct[]) => void;
  errors?: readonly string[] | undefined;
}

type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; items: ProductListItem[] };

/** Products of any province found by name (GET /products?q=), added to or removed from the list carried. */
export function ProductChooser({ chosen, onChange, errors }: ProductChooserProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const chosenIds = new Set(chosen.map((product) => product.id));

  async function runSearch() {
    if (query.trim() === '') return;
    setSearch({ status: 'loading' });
    try {
      const body = await fetchProducts({ q: query.trim(), pageSize: '10' });
      setSearch({ status: 'done', items: body.items });
    } catch (error) {
      setSearch({ status: 'error', error });
    }
  }

  const add = (product: ProductListItem) =>
    onChange([
      ...chosen,
      { id: product.id, name: product.name, stars: product.stars, status: product.certificateStatus },
    ]);

  return (
    <fieldset
      className="product-chooser"
      data-testid="product-chooser"
      aria-describedby={errors?.length ? `${id}-error` : undefined}
    >
      <legend>{t('salePoints.products')}</legend>
      <p className="hint">{t('salePoints.productsHint')}</p>
      {chosen.length === 0 ? (
        <p className="muted">{t('salePoints.noProducts')}</p>
      ) : (
        <ul
          className="plain-list chosen-list"
          aria-label={t('salePoints.chosenLabel')}
          data-testid="chosen-products"
        >
          {chosen.map((product) => (
            <li key={product.id}>
              <a href={routeHref('products', product.id)}>{product.name}</a>{' '}
              {product.stars !== null && <Stars stars={product.stars} />}{' '}
              <StatusBadge status={product.status} />{' '}
              <button
                type="button"
                className="button-plain button-small"
                onClick={() => onChange(chosen.filter((item) => item.id !== product.id))}
              >
                {t('salePoints.removeProduct')}
                <span className="visually-hidden"> {product.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-search">
        <label htmlFor={`${id}-q`}>{t('salePoints.productSearch')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here instead of submitting the sale point form.
            if (event.key === 'Enter') {
              event.preventDefault();
              void runSearch();
            }
          }}
        />
        <button type="button" className="button-outline" onClick={() => void runSearch()}>
          {t('products.producerSearchButton')}
        </button>
      </div>
      {search.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {search.status === 'error' && <ErrorAlert error={search.error} />}
      {search.status === 'done' && search.items.length === 0 && <p role="status">{t('common.noResults')}</p>}
      {search.status === 'done' && search.items.length > 0 && (
        <ul className="plain-list" aria-label={t('salePoints.productResults')} data-testid="product-results">
          {search.items.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="button-outline button-small"
                disabled={chosenIds.has(product.id)}
                onClick={() => add(product)}
              >
                {chosenIds.has(product.id) ? t('salePoints.added') : t('salePoints.addProduct')}
                <span className="visually-hidden"> {product.name}</span>
              </button>{' '}
              {product.name}{' '}
              <span className="muted small">
                ({product.producer.name} · {product.province.name})
              </span>{' '}
              <StatusBadge status={product.certificateStatus} stars={product.stars} />
            </li>
          ))}
        </ul>
      )}
      {errors && errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
