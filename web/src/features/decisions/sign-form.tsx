import { useState } from 'react';
import { signDecision } from '../../api/decisions';
import type { Decision } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';

// Swedish formatting is ISO (YYYY-MM-DD) in the local time zone.
const today = () => new Date().toLocaleDateString('sv-SE');

interface SignFormProps {
  decisionId: string;
  onSigned: (decision: Decision) => void;
}

/** The leader enters the decision's number and date; signing issues the certificates. */
export function SignForm({ decisionId, onSigned }: SignFormProps) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      onSigned(await signDecision(decisionId, { number: number.trim(), signedOn }));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form panel"
      data-testid="sign-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('decisions.signHeading')}</h2>
      <p className="muted">{t('decisions.signIntro')}</p>
      <div className="form-grid">
        <TextField
          label={t('decisions.number')}
          hint={t('decisions.numberHint')}
          name="number"
          required
          value={number}
          onChange={setNumber}
          errors={errors.number}
        />
        <TextField
          label={t('decisions.signedOn')}
          type="date"
          name="signedOn"
          required
          value={signedOn}
          onChange={setSignedOn}
          errors={errors.signedOn}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('decisions.sign')}
        </button>
      </div>
    </form>
  );
}
