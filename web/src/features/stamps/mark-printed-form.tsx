import { useState } from 'react';
import { markStampBatchPrinted } from '../../api/stamps';
import type { StampBatch } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { todayInVietnam } from '../../lib/format';

interface MarkPrintedFormProps {
  batch: StampBatch;
  onDone: () => void;
  onCancel: () => void;
}

/** "Đánh dấu đã in": the day the sheets came off the press (today unless changed). */
export function MarkPrintedForm({ batch, onDone, onCancel }: MarkPrintedFormProps) {
  const { t } = useI18n();
  const [printedOn, setPrintedOn] = useState(() => todayInVietnam());
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      await markStampBatchPrinted(batch.id, printedOn);
      onDone();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form action-form"
      data-testid="mark-printed-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('stamps.printedHeading', { from: batch.serialFrom, to: batch.serialTo })}</h3>
      <TextField
        label={t('stamps.printedOn')}
        type="date"
        name="printedOn"
        required
        value={printedOn}
        onChange={setPrintedOn}
        errors={fieldErrorsOf(error).printedOn}
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('stamps.printedSubmit')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
