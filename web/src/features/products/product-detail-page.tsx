import { useState } from 'react';
import { fetchProduct } from '../../api/products';
import type { Product, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { ProductDossiers } from '../dossiers/product-dossiers';
import { routeHref } from '../shell/use-hash-route';
import { StampsSection } from '../stamps/stamps-section';
import { CertificatesSection } from './certificates-section';
import { ProductActions } from './product-actions';
import { ProductEditSection } from './product-edit-section';
import { ProductPhotos } from './product-photos';
import { ProductSummary } from './product-summary';
import { StatusBadge } from './status-badge';

const loadProduct = (id: string, signal: AbortSignal) => fetchProduct(id, signal);

export function ProductDetailPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadProduct);
  const [notice, setNotice] = useState<string | null>(null);
  const onChanged = (product: Product, message: string) => {
    replace(product);
    setNotice(message);
  };

  return (
    <>
      <p>
        <a href={routeHref('products')}>{t('products.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <div className="page-heading">
            <h1>
              {state.data.name}{' '}
              {state.data.isArchived && <span className="badge badge-muted">{t('common.archived')}</span>}
            </h1>
            <StatusBadge status={state.data.certificateStatus} stars={state.data.stars} />
          </div>
          {notice && (
            <p role="status" className="alert alert-success" data-testid="notice">
              {notice}
            </p>
          )}
          <ProductActions product={state.data} user={user} onChanged={onChanged} />
          <ProductSummary product={state.data} />
          <ProductPhotos product={state.data} user={user} onChanged={onChanged} />
          <ProductDossiers product={state.data} user={user} />
          <CertificatesSection product={state.data} user={user} onChanged={onChanged} />
          <StampsSection product={state.data} user={user} />
          <ProductEditSection
            key={state.data.updatedAt}
            product={state.data}
            user={user}
            onChanged={onChanged}
          />
        </>
      )}
    </>
  );
}
