import { useId } from 'react';
import { fetchProducts } from '../../api/products';
import type { ProductListItem } from '../../api/types';
import { SearchBox, SearchOutcome } from '../../components/search-box';
import { useI18n } from '../../i18n/i18n-context';
import { useSearch } from '../../lib/use-search';
import { Stars, StatusBadge } from '../products/status-badge';
import { routeHref } from '../shell/use-hash-route';
import type { CarriedProduct } from './sale-point-form-state';

interface ProductChooserProps {
  chosen: readonly CarriedProduct[];
  onChange: (products: CarriedProduct[]) => void;
  errors?: readonly string[] | undefined;
}

/** Products of any province found by name (GET /products?q=), added to or removed from the list carried. */
export function ProductChooser({ chosen, onChange, errors }: ProductChooserProps) {
  const { t } = useI18n();
  const id = useId();
  const search = useSearch((q) => fetchProducts({ q, pageSize: '10' }));
  const chosenIds = new Set(chosen.map((product) => product.id));

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
      <SearchBox
        search={search}
        label={t('salePoints.productSearch')}
        buttonLabel={t('products.producerSearchButton')}
      />
      <SearchOutcome state={search.state}>
        {(items) => (
          <ul
            className="plain-list"
            aria-label={t('salePoints.productResults')}
            data-testid="product-results"
          >
            {items.map((product) => (
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
      </SearchOutcome>
      {errors && errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
