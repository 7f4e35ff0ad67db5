import { useState } from 'react';
import { editDossier } from '../../api/dossiers';
import type { CriteriaSheet, Dossier } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { AnswersSummary } from './answers-summary';
import { type Answers, answerErrors, sheetProgress } from './criteria-sheet';
import { CriteriaSheetFields, SheetTotal } from './criteria-sheet-fields';
import { formatPoints } from './dossier-labels';

interface SelfAssessmentSectionProps {
  dossier: Dossier;
  sheet: CriteriaSheet;
  editable: boolean;
  onChanged: (dossier: Dossier, message: string) => void;
}

/** Part III of Form 02: the producer scores its own product on the product set's criteria. */
export function SelfAssessmentSection({ dossier, sheet, editable, onChanged }: SelfAssessmentSectionProps) {
  const { t, language } = useI18n();
  const [answers, setAnswers] = useState<Answers>(() => dossier.selfAssessment?.answers ?? {});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const saved =
    dossier.selfTotal === null
      ? t('selfAssessment.none')
      : t('selfAssessment.saved', {
          total: formatPoints(dossier.selfTotal, language),
          stars: dossier.selfStars ?? 0,
        });

  async function save() {
    setPending(true);
    setError(null);
    try {
      const updated = await editDossier(dossier.id, { selfAssessment: { answers: { ...answers } } });
      onChanged(updated, t('selfAssessment.savedNotice'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  if (!editable) {
    return (
      <section className="panel section-gap" aria-labelledby="self-heading">
        <h2 id="self-heading">{t('selfAssessment.heading')}</h2>
        {dossier.selfAssessment ? (
          <AnswersSummary sheet={sheet} answers={dossier.selfAssessment.answers} summary={saved} />
        ) : (
          <p className="muted">{saved}</p>
        )}
      </section>
    );
  }

  return (
    <section className="section-gap" aria-labelledby="self-heading">
      <h2 id="self-heading">{t('selfAssessment.heading')}</h2>
      <p className="muted">{t('selfAssessment.intro', { set: `${sheet.id}. ${sheet.name}` })}</p>
      <p data-testid="self-saved">{saved}</p>
      <form
        className="sheet-form"
        data-testid="self-assessment-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <CriteriaSheetFields
          sheet={sheet}
          answers={answers}
          errors={answerErrors(error)}
          onAnswer={(code, index) => setAnswers((previous) => ({ ...previous, [code]: index }))}
        />
        <div className="sheet-footer">
          <SheetTotal progress={sheetProgress(sheet, answers)} max={sheet.maxPoints} />
          {error !== null && <ErrorAlert error={error} />}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending}>
              {t('selfAssessment.save')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
