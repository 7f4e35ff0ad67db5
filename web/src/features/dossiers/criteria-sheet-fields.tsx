import type { CriteriaSheet, SheetCriterion } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { type Answers, chosenIndex, type SheetProgress } from './criteria-sheet';
import { formatPoints } from './dossier-labels';

interface CriteriaSheetFieldsProps {
  sheet: CriteriaSheet;
  answers: Answers;
  onAnswer: (code: string, index: number) => void;
  errors?: Readonly<Record<string, readonly string[]>>;
  disabled?: boolean;
}

/**
 * The score sheet as one radio group per criterion, grouped by part and section. The radios are named
 * `answers[<code>]` like the public self-assessment page; each sheet sits in its own <form>.
 */
export function CriteriaSheetFields({
  sheet,
  answers,
  onAnswer,
  errors,
  disabled,
}: CriteriaSheetFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="criteria-sheet" lang="vi">
      {sheet.parts.map((part) => (
        <section key={part.code} className="sheet-part">
          <h3>{t('sheet.part', { code: part.code, name: part.name, max: part.maxPoints })}</h3>
          {part.sections.map((section) => (
            <div key={section.code}>
              <h4>
                {t('sheet.section', { code: section.code, name: section.name, max: section.maxPoints })}
              </h4>
              {section.note && <p className="muted small">{section.note}</p>}
              {section.criteria.map((criterion) => (
                <CriterionGroup
                  key={criterion.code}
                  sectionNote={section.note}
                  criterion={criterion}
                  chosen={chosenIndex(criterion, answers)}
                  onAnswer={onAnswer}
                  errors={errors?.[criterion.code]}
                  disabled={disabled}
                />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

interface CriterionGroupProps {
  /** A criterion that is its section alone repeats the section's note: it is not shown twice. */
  sectionNote: string | undefined;
  criterion: SheetCriterion;
  chosen: number | undefined;
  onAnswer: (code: string, index: number) => void;
  errors: readonly string[] | undefined;
  disabled: boolean | undefined;
}

function CriterionGroup({ sectionNote, criterion, chosen, onAnswer, errors, disabled }: CriterionGroupProps) {
  const { t, language } = useI18n();
  const notes = [criterion.note, criterion.caseInstruction, criterion.appliesWhen?.reason].filter(
    (note, i, all): note is string => !!note && note !== sectionNote && all.indexOf(note) === i,
  );
  const option = (o: SheetCriterion['options'][number]) => (
    <label key={o.index} className="option">
      <input
        type="radio"
        name={`answers[${criterion.code}]`}
        value={o.index}
        checked={chosen === o.index}
        disabled={disabled}
        onChange={() => onAnswer(criterion.code, o.index)}
      />
      <span className="option-text">
        {o.label}
        {o.minStarFor !== null && (
          <span className="marker"> {t('sheet.minStarFor', { stars: o.minStarFor })}</span>
        )}
      </span>
      <span className="pts">{t('sheet.points', { points: formatPoints(o.points, language) })}</span>
    </label>
  );
  return (
    <fieldset className={`criterion${errors?.length ? ' criterion-invalid' : ''}`} data-code={criterion.code}>
      {/* A criterion that is the whole section: its heading already names it. */}
      <legend className={criterion.impliedBySection ? 'visually-hidden' : undefined}>
        {criterion.code} {criterion.name}{' '}
        <span className="muted small">({t('sheet.max', { max: criterion.maxPoints })})</span>
      </legend>
      {notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
      {criterion.cases
        ? criterion.cases.map((c) => (
            <div key={c.code}>
              <p className="case">{c.label}</p>
              {criterion.options.filter((o) => o.case === c.code).map(option)}
            </div>
          ))
        : criterion.options.map(option)}
      {errors && errors.length > 0 && <p className="field-error">{errors.join(' ')}</p>}
    </fieldset>
  );
}

/** The running total, announced politely as options are chosen. */
export function SheetTotal({ progress, max }: { progress: SheetProgress; max: number }) {
  const { t, language } = useI18n();
  return (
    <p className="sheet-total" role="status" data-testid="sheet-total">
      {t('sheet.runningTotal', {
        total: formatPoints(progress.total, language),
        max,
        answered: progress.answered,
        count: progress.count,
      })}
    </p>
  );
}
