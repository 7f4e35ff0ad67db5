import { useState } from 'react';
import { ApiError } from '../../api/http';
import { fetchProducer } from '../../api/producers';
import { createProduct } from '../../api/products';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { navigate, routeHref, useHashQuery } from '../shell/use-hash-route';
import { ProductForm } from './product-form';
import { emptyProductForm, formToCreateBody } from './product-form-state';

const loadProducer = (id: string, signal: AbortSignal) => fetchProducer(id, signal);

/** #/products/new, or #/products/new?producer={id} from a producer's page (the producer is pre-selected). */
export function ProductCreatePage({ user }: { user: User }) {
  const { t } = useI18n();
  const producerId = useHashQuery().producer ?? null;
  const producer = useFetch(producerId, loadProducer);

  if (!can(user.role, 'products:create')) {
    return <p className="alert alert-warning">{t('products.cannotCreate')}</p>;
  }
  return (
    <>
      <p>
        <a href={routeHref('products')}>{t('products.backToList')}</a>
      </p>
      <h1>{t('products.createHeading')}</h1>
      {producer.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {producer.status === 'error' && <ErrorAlert error={producer.error} />}
      {(producer.status === 'idle' || producer.status === 'success') && (
        <CreateForm initialProducer={producer.status === 'success' ? producer.data : undefined} />
      )}
    </>
  );
}

function CreateForm({ initialProducer }: { initialProducer: { id: string; name: string } | undefined }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => emptyProductForm(initialProducer));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    if (values.producerId === '') {
      const message = t('products.pickProducerFirst');
      setError(new ApiError(400, 'VALIDATION_FAILED', message, [{ field: 'body.producerId', message }]));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const created = await createProduct(formToCreateBody(values));
      navigate('products', created.id);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <ProductForm
      testId="product-create-form"
      values={values}
      onChange={setValues}
      errors={fieldErrorsOf(error)}
      pickProducer
      onSubmit={() => void submit()}
    >
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('products.create')}
        </button>
      </div>
    </ProductForm>
  );
}
