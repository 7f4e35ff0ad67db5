import { useState } from 'react';
import { submitScoreSheet } from '../../api/dossiers';
import type { CriteriaSheet, Dossier } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { type Answers, answerErrors, sheetProgress } from './criteria-sheet';
import { CriteriaSheetFields, SheetTotal } from './criteria-sheet-fields';

interface ScoreSheetFormProps {
  dossier: Dossier;
  sheet: CriteriaSheet;
  onChanged: (dossier: Dossier, message: string) => void;
}

/** A council member's own sheet for the current pass: every criterion, an opinion, then final. */
export function ScoreSheetForm({ dossier, sheet, onChanged }: ScoreSheetFormProps) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Answers>({});
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const progress = sheetProgress(sheet, answers);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const body = { answers: { ...answers }, opinion: opinion.trim() || undefined };
      onChanged(await submitScoreSheet(dossier.id, body), t('scoring.submittedNotice'));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="sheet-form"
      data-testid="score-sheet-form"
      aria-labelledby="score-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="score-heading">{t('scoring.heading', { pass: dossier.scoringPass })}</h2>
      <p className="muted">{t('scoring.intro')}</p>
      <CriteriaSheetFields
        sheet={sheet}
        answers={answers}
        errors={answerErrors(error)}
        onAnswer={(code, index) => setAnswers((previous) => ({ ...previous, [code]: index }))}
      />
      <TextAreaField
        label={t('scoring.opinion')}
        hint={dossier.councilMode === 'written' ? t('scoring.opinionWritten') : undefined}
        name="opinion"
        rows={3}
        value={opinion}
        onChange={setOpinion}
      />
      <div className="sheet-footer">
        <SheetTotal progress={progress} max={sheet.maxPoints} />
        {error !== null && <ErrorAlert error={error} />}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {t('scoring.submit')}
          </button>
          <span className="muted small">{t('scoring.final')}</span>
        </div>
      </div>
    </form>
  );
}
