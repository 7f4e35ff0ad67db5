import { useState } from 'react';
import { assignOcopCode, updateProduct } from '../../api/products';
import type { Product, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';

interface ProductActionsProps {
  product: Product;
  user: User;
  onChanged: (product: Product, message: string) => void;
}

/** The OCOP code (or the button that assigns it) and archive/restore. */
export function ProductActions({ product, user, onChanged }: ProductActionsProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<Product>, message: (p: Product) => string) {
    setPending(true);
    setError(null);
    try {
      const updated = await action();
      onChanged(updated, message(updated));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const canCode = can(user.role, 'products:ocop-code') && !product.isArchived;
  return (
    <section className="action-bar" aria-label={t('products.actionsLabel')}>
      <p className="ocop-code">
        <span className="label">{t('products.ocopCode')}:</span>{' '}
        <span className="code" data-testid="ocop-code">
          {product.ocopCode ?? t('products.noOcopCode')}
        </span>
      </p>
      {product.ocopCode === null && canCode && (
        <button
          type="button"
          className="button-primary"
          disabled={pending}
          onClick={() =>
            void run(
              () => assignOcopCode(product.id),
              (p) => t('products.codeAssigned', { code: p.ocopCode ?? '' }),
            )
          }
        >
          {t('products.assignCode')}
        </button>
      )}
      {can(user.role, 'registry:write') && (
        <button
          type="button"
          className="button-outline"
          disabled={pending}
          onClick={() =>
            void run(
              () => updateProduct(product.id, { isArchived: !product.isArchived }),
              (p) => (p.isArchived ? t('products.archivedNotice') : t('products.restored')),
            )
          }
        >
          {product.isArchived ? t('common.restore') : t('common.archive')}
        </button>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
