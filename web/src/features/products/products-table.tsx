import type { ProductListItem } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { producerTypeLabel } from '../producers/producer-types';
import { routeHref } from '../shell/use-hash-route';
import { Stars, StatusBadge } from './status-badge';

export function ProductsTable({ products, total }: { products: readonly ProductListItem[]; total: number }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="products-table">
        <caption>{t('products.tableCaption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('products.name')}</th>
            <th scope="col">{t('products.producer')}</th>
            <th scope="col">{t('products.place')}</th>
            <th scope="col">{t('products.productSetShort')}</th>
            <th scope="col">{t('products.stars')}</th>
            <th scope="col">{t('products.status')}</th>
            <th scope="col">{t('products.validTo')}</th>
            <th scope="col">{t('products.ocopCode')}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} data-testid="product-row">
              <th scope="row">
                <a href={routeHref('products', product.id)}>{product.name}</a>
              </th>
              <td>
                <a href={routeHref('producers', product.producer.id)}>{product.producer.name}</a>
                <span className="muted small"> · {producerTypeLabel(t, product.producer.type)}</span>
              </td>
              <td>
                {product.commune.name}, {product.province.name}
              </td>
              <td className="code">{product.productSetId ?? '—'}</td>
              <td>{product.stars === null ? '—' : <Stars stars={product.stars} />}</td>
              <td>
                <StatusBadge status={product.certificateStatus} />
              </td>
              <td className="code">{product.validTo ?? '—'}</td>
              <td className="code">{product.ocopCode ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {products.length === 0 && <p className="empty">{t('common.noResults')}</p>}
    </div>
  );
}
