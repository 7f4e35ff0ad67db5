import { fetchProducts } from '../../api/products';
import type { Producer, ProductListItem } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { StatusBadge } from '../products/status-badge';
import { routeHref, routeHrefWithQuery } from '../shell/use-hash-route';

const loadProducts = (producerId: string, signal: AbortSignal) =>
  fetchProducts({ producerId, includeArchived: 'true', pageSize: '200' }, signal).then((body) => body.items);

/** The producer's products, with a link to register another one. */
export function ProducerProducts({ producer, canAdd }: { producer: Producer; canAdd: boolean }) {
  const { t } = useI18n();
  const state = useFetch(producer.id, loadProducts);
  return (
    <section className="panel section-gap" aria-labelledby="producer-products-heading">
      <h2 id="producer-products-heading">{t('producers.products')}</h2>
      {canAdd && (
        <p>
          <a
            className="button-link"
            href={routeHrefWithQuery(['products', 'new'], { producer: producer.id })}
          >
            {t('products.new')}
          </a>
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.length === 0 && (
        <p className="muted">{t('producers.noProducts')}</p>
      )}
      {state.status === 'success' && state.data.length > 0 && (
        <ul className="plain-list">
          {state.data.map((product: ProductListItem) => (
            <li key={product.id}>
              <a href={routeHref('products', product.id)}>{product.name}</a>{' '}
              <StatusBadge status={product.certificateStatus} stars={product.stars} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
