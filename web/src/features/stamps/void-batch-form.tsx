import { useState } from 'react';
import { voidStampBatch } from '../../api/stamps';
import type { StampBatch } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatCount } from '../../lib/format';

interface VoidBatchFormProps {
  batch: StampBatch;
  onDone: () => void;
  onCancel: () => void;
}

/** "Hủy lô": cannot be undone, so it asks for a reason and a second, explicit button. */
export function VoidBatchForm({ batch, onDone, onCancel }: VoidBatchFormProps) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      await voidStampBatch(batch.id, reason.trim());
      onDone();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form revoke-form"
      data-testid="void-batch-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('stamps.voidHeading', { from: batch.serialFrom, to: batch.serialTo })}</h3>
      <p className="alert alert-warning">
        {t('stamps.voidWarning', { quantity: formatCount(batch.quantity, language) })}
      </p>
      <TextAreaField
        label={t('stamps.voidReason')}
        hint={t('stamps.voidReasonHint')}
        name="reason"
        required
        rows={2}
        value={reason}
        onChange={setReason}
        errors={fieldErrorsOf(error).reason}
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {t('stamps.voidSubmit')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
