import type { Product } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { producerTypeLabel } from '../producers/producer-types';
import { routeHref } from '../shell/use-hash-route';

/** Read-only facts of a product (the edit form is separate). */
export function ProductSummary({ product }: { product: Product }) {
  const { t } = useI18n();
  const set = product.productSet;
  return (
    <dl className="facts" data-testid="product-facts">
      <div>
        <dt>{t('products.producer')}</dt>
        <dd>
          <a href={routeHref('producers', product.producer.id)}>{product.producer.name}</a> (
          {producerTypeLabel(t, product.producer.type)})
        </dd>
      </div>
      <div>
        <dt>{t('products.place')}</dt>
        <dd>
          {product.commune.name}, {product.province.name}
        </dd>
      </div>
      <div>
        <dt>{t('products.productSet')}</dt>
        <dd>{set ? `${set.id}. ${set.name} (${set.sectorCode} ${set.sector} › ${set.group})` : '—'}</dd>
      </div>
      <div>
        <dt>{t('products.gtin')}</dt>
        <dd className="code">
          {product.gtin ?? '—'}
          {product.gtin && product.gtinIsVietnamese && (
            <span className="muted"> ({t('products.gtinVietnam')})</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('products.packaging')}</dt>
        <dd>{product.packaging ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('products.unit')}</dt>
        <dd>{product.unit ?? '—'}</dd>
      </div>
      <div className="facts-wide">
        <dt>{t('products.saleChannels')}</dt>
        <dd>
          {product.saleChannels.length === 0
            ? '—'
            : product.saleChannels.map((channel) => (
                <span key={channel.url} className="channel">
                  <a href={channel.url} target="_blank" rel="noopener noreferrer">
                    {channel.kind}
                  </a>{' '}
                </span>
              ))}
        </dd>
      </div>
      {product.description && (
        <div className="facts-wide">
          <dt>{t('products.description')}</dt>
          <dd className="prose">{product.description}</dd>
        </div>
      )}
      {product.story && (
        <div className="facts-wide">
          <dt>{t('products.story')}</dt>
          <dd className="prose">{product.story}</dd>
        </div>
      )}
    </dl>
  );
}
