import { useState } from 'react';
import { declareRecusal } from '../../api/dossiers';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';

interface RecusalFormProps {
  dossierId: string;
  onRecused: () => void;
}

/** "Khai báo xung đột lợi ích": the member steps aside from this dossier (and stops seeing it). */
export function RecusalForm({ dossierId, onRecused }: RecusalFormProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      await declareRecusal(dossierId, reason.trim());
      onRecused();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  if (!open) {
    return (
      <p>
        <button type="button" className="button-outline" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('recusal.open')}
        </button>
      </p>
    );
  }
  return (
    <form
      className="record-form revoke-form"
      data-testid="recusal-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('recusal.open')}</h3>
      <p className="muted">{t('recusal.intro')}</p>
      <TextAreaField
        label={t('recusal.reason')}
        name="reason"
        required
        rows={3}
        value={reason}
        onChange={setReason}
        errors={fieldErrorsOf(error).reason}
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {t('recusal.submit')}
        </button>
        <button type="button" className="button-outline" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
