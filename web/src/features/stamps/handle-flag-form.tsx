import { useState } from 'react';
import { handleStampFlag } from '../../api/stamps';
import type { StampFlag } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';

interface HandleFlagFormProps {
  flagId: string;
  onHandled: (flag: StampFlag) => void;
}

/** The office closes an open flag with a note: a false alarm (dismiss) or a copied stamp (confirm). */
export function HandleFlagForm({ flagId, onHandled }: HandleFlagFormProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function run(outcome: 'dismiss' | 'confirm') {
    setPending(true);
    setError(null);
    try {
      onHandled(await handleStampFlag(flagId, outcome, note.trim() || null));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form panel"
      data-testid="handle-flag-form"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter in the note does not submit (it is a textarea); the two buttons say which outcome.
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        void run(submitter?.getAttribute('value') === 'confirm' ? 'confirm' : 'dismiss');
      }}
    >
      <h2>{t('stampFlags.handleHeading')}</h2>
      <p className="muted">{t('stampFlags.handleIntro')}</p>
      <TextAreaField
        label={t('stampFlags.note')}
        hint={t('stampFlags.noteHint')}
        name="note"
        required
        rows={3}
        value={note}
        onChange={setNote}
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" name="outcome" value="dismiss" className="button-outline" disabled={pending}>
          {t('stampFlags.dismiss')}
        </button>
        <button type="submit" name="outcome" value="confirm" className="button-danger" disabled={pending}>
          {t('stampFlags.confirm')}
        </button>
      </div>
    </form>
  );
}
