import { useState } from 'react';
import { updateMisuseReport } from '../../api/stamps';
import type { MisuseReport, MisuseReportState } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { NEXT_REPORT_STATES } from './report-state';

interface ReportCaseFormProps {
  report: MisuseReport;
  onUpdated: (report: MisuseReport) => void;
}

/** Moves the case on (investigating, or closed with what was done) or just updates the resolution so far. */
export function ReportCaseForm({ report, onUpdated }: ReportCaseFormProps) {
  const { t } = useI18n();
  const next = NEXT_REPORT_STATES[report.state];
  const [state, setState] = useState<MisuseReportState>(next[0] ?? report.state);
  const [resolution, setResolution] = useState(report.resolution ?? '');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const closing = state === 'closed';

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const body = { state: state === 'new' ? undefined : state, resolution: resolution.trim() || null };
      onUpdated(await updateMisuseReport(report.id, body));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form panel section-gap"
      data-testid="report-case-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('reports.handleHeading')}</h2>
      <fieldset className="radio-group">
        <legend>{t('reports.nextState')}</legend>
        {next.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="state"
              value={option}
              checked={state === option}
              onChange={() => setState(option)}
            />{' '}
            <span>{t(`reports.move.${option}` as 'reports.move.investigating' | 'reports.move.closed')}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('reports.resolution')}
        hint={t(closing ? 'reports.resolutionHintClose' : 'reports.resolutionHint')}
        name="resolution"
        required={closing}
        rows={4}
        value={resolution}
        onChange={setResolution}
        errors={fieldErrorsOf(error).resolution}
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t(closing ? 'reports.closeSubmit' : 'reports.investigateSubmit')}
        </button>
      </div>
    </form>
  );
}
