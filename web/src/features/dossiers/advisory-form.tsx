import { useState } from 'react';
import { addAdvisoryReport } from '../../api/dossiers';
import type { AdvisoryKind, Dossier } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextAreaField, TextField } from '../../components/form-field';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';

export const ADVISORY_KINDS: readonly AdvisoryKind[] = ['review', 'site_survey', 'lab_test_request'];

export function advisoryKindLabel(t: TranslateFn, kind: string): string {
  return (ADVISORY_KINDS as readonly string[]).includes(kind)
    ? t(`advisory.kind.${kind as AdvisoryKind}`)
    : kind;
}

// Swedish formatting is ISO (YYYY-MM-DD) in the local time zone.
const today = () => new Date().toLocaleDateString('sv-SE');

interface AdvisoryFormProps {
  dossier: Dossier;
  onChanged: (dossier: Dossier, message: string) => void;
}

/** The advisory group records a review, a site survey or a request for extra laboratory tests. */
export function AdvisoryForm({ dossier, onChanged }: AdvisoryFormProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<AdvisoryKind>('site_survey');
  const [onDate, setOnDate] = useState(today);
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState('');
  const [requestedTests, setRequestedTests] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const updated = await addAdvisoryReport(dossier.id, {
        kind,
        onDate,
        summary: summary.trim(),
        findings: findings.trim() || undefined,
        requestedTests: requestedTests.trim() || undefined,
      });
      setSummary('');
      setFindings('');
      setRequestedTests('');
      onChanged(updated, t('advisory.added'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="advisory-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('advisory.add')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('advisory.kind')}
            name="kind"
            required
            value={kind}
            onChange={(value) => setKind(value as AdvisoryKind)}
            options={ADVISORY_KINDS.map((value) => ({ value, label: advisoryKindLabel(t, value) }))}
          />
          <TextField
            label={t('advisory.onDate')}
            type="date"
            name="onDate"
            required
            value={onDate}
            onChange={setOnDate}
            errors={errors.onDate}
          />
          <TextAreaField
            label={t('advisory.summary')}
            name="summary"
            required
            rows={2}
            value={summary}
            onChange={setSummary}
            errors={errors.summary}
          />
          <TextAreaField
            label={t('advisory.findings')}
            name="findings"
            rows={3}
            value={findings}
            onChange={setFindings}
          />
          {kind === 'lab_test_request' && (
            <TextAreaField
              label={t('advisory.requestedTests')}
              name="requestedTests"
              rows={2}
              value={requestedTests}
              onChange={setRequestedTests}
            />
          )}
        </div>
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('advisory.save')}
        </button>
      </div>
    </form>
  );
}
