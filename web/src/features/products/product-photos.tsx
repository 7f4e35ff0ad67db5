import { type FormEvent, useRef, useState } from 'react';
import { deleteProductPhoto, uploadProductPhoto } from '../../api/products';
import type { Product, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';

/** Thumbnails of the product's photos; editors upload (re-encoded and thumbnailed by the server) and delete. */
export function ProductPhotos({
  product,
  user,
  onChanged,
}: {
  product: Product;
  user: User;
  onChanged: (product: Product, message: string) => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = can(user.role, 'registry:write');

  const run = async (action: () => Promise<Product>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action(), message);
      if (input.current) input.current.value = '';
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const onUpload = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file) void run(() => uploadProductPhoto(product.id, file), t('photos.uploaded'));
  };

  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('photos.heading')}</h2>
      {product.photos.length === 0 && <p>{t('photos.none')}</p>}
      <ul className="photo-grid" data-testid="product-photos">
        {product.photos.map((photo, i) => (
          <li key={photo.id}>
            <a href={photo.url}>
              <img
                src={photo.thumbUrl}
                alt={`${t('photos.alt')} ${i + 1}: ${product.name}`}
                width={160}
                height={160}
              />
            </a>
            {canEdit && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => deleteProductPhoto(product.id, photo.id), t('photos.deleted'))}
              >
                {t('photos.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form onSubmit={onUpload}>
          <label htmlFor="photo-file">{t('photos.choose')}</label>
          <input
            id="photo-file"
            ref={input}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic"
          />
          <button type="submit" disabled={busy}>
            {t('photos.upload')}
          </button>
        </form>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
