import { useState } from 'react';
import { createStampBatch } from '../../api/stamps';
import type { Product, StampBatch } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FieldShell, TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatCount } from '../../lib/format';

/** The server's STAMP_LIMITS.maxBatchQuantity. */
const MAX_BATCH = 50_000;
/** Certificate statuses that may carry stamps (the server decides; this only words a warning). */
const IN_FORCE = new Set(['valid', 'expiring', 'extended']);

interface StampBatchFormProps {
  product: Product;
  onIssued: (batch: StampBatch) => void;
  onCancel: () => void;
}

/** "Cấp lô tem": POST /stamp-batches; a refusal (no certificate in force, quota) shows the server's detail. */
export function StampBatchForm({ product, onIssued, onCancel }: StampBatchFormProps) {
  const { t, language } = useI18n();
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      onIssued(
        await createStampBatch({
          productId: product.id,
          quantity: Number(quantity),
          note: note.trim() || null,
        }),
      );
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="stamp-batch-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('stamps.issueHeading')}</h3>
      {!IN_FORCE.has(product.certificateStatus) && (
        <p className="alert alert-warning">{t('stamps.noCertificateWarning')}</p>
      )}
      <div className="form-grid">
        <FieldShell
          label={t('stamps.quantity')}
          hint={t('stamps.quantityHint', { max: formatCount(MAX_BATCH, language) })}
          errors={errors.quantity}
          required
        >
          {(control) => (
            <input
              {...control}
              type="number"
              name="quantity"
              inputMode="numeric"
              min={1}
              max={MAX_BATCH}
              step={1}
              value={quantity}
              onChange={(event) => setQuantity(event.target.value)}
            />
          )}
        </FieldShell>
        <TextAreaField
          label={t('stamps.note')}
          hint={t('stamps.noteHint')}
          name="note"
          rows={2}
          value={note}
          onChange={setNote}
          errors={errors.note}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('stamps.issueSubmit')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
