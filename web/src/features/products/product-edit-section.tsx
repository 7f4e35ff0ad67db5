import { useState } from 'react';
import { updateProduct } from '../../api/products';
import type { Product, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { can } from '../../lib/permissions';
import { ProductForm } from './product-form';
import { formToUpdateBody, productToForm } from './product-form-state';

interface ProductEditSectionProps {
  product: Product;
  user: User;
  onChanged: (product: Product, message: string) => void;
}

/** "Sửa thông tin" opens the product form (keyed by updatedAt, so it restarts after every save). */
export function ProductEditSection({ product, user, onChanged }: ProductEditSectionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => productToForm(product));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  if (!can(user.role, 'registry:write') || product.isArchived) return null;

  async function save() {
    setPending(true);
    setError(null);
    try {
      onChanged(await updateProduct(product.id, formToUpdateBody(values)), t('common.saved'));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <section className="panel section-gap" aria-labelledby="product-edit-heading">
      <div className="page-heading">
        <h2 id="product-edit-heading">{t('products.editHeading')}</h2>
        <button type="button" className="button-outline" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('common.close') : t('common.edit')}
        </button>
      </div>
      {open && (
        <ProductForm
          testId="product-edit-form"
          values={values}
          onChange={setValues}
          errors={fieldErrorsOf(error)}
          pickProducer={false}
          onSubmit={() => void save()}
        >
          {error !== null && <ErrorAlert error={error} />}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending}>
              {t('common.save')}
            </button>
          </div>
        </ProductForm>
      )}
    </section>
  );
}
