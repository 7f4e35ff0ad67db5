import type { ReactNode } from 'react';
import { FieldShell } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import { tidyVndInput } from '../support/vnd-input';
import type { FiguresFormValues } from './figures-form-state';

export const FIGURES_FORM_FIELDS = ['year', 'revenueVnd', 'profitVnd', 'jobs', 'localJobs'] as const;

interface FiguresFormProps {
  values: FiguresFormValues;
  onChange: (values: FiguresFormValues) => void;
  errors: FieldErrorMap;
  /** The year typed is already entered: saving replaces it. */
  isReplacing: boolean;
  currentYear: number;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** One year's figures; every figure may be left empty (unknown), but not all of them. */
export function FiguresForm(props: FiguresFormProps) {
  const { values, onChange, errors, isReplacing, currentYear, pending, onSubmit, children } = props;
  const { t } = useI18n();
  const set = (patch: Partial<FiguresFormValues>) => onChange({ ...values, ...patch });
  const amount = (field: 'revenue' | 'profit', name: 'revenueVnd' | 'profitVnd', hint: string) => (
    <FieldShell label={t(`impact.${field}`)} hint={hint} errors={errors[name]}>
      {(control) => (
        <input
          {...control}
          name={name}
          inputMode="numeric"
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set({ [field]: event.target.value })}
          onBlur={() => set({ [field]: tidyVndInput(values[field], true) })}
        />
      )}
    </FieldShell>
  );
  const count = (field: 'jobs' | 'localJobs', hint?: string) => (
    <FieldShell label={t(`impact.${field}`)} hint={hint} errors={errors[field]}>
      {(control) => (
        <input
          {...control}
          name={field}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={values[field]}
          onChange={(event) => set({ [field]: event.target.value })}
        />
      )}
    </FieldShell>
  );

  return (
    <form
      className="record-form"
      data-testid="figures-form"
      aria-labelledby="figures-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id="figures-form-heading">{t('impact.formHeading')}</h3>
      <div className="form-grid">
        <FieldShell
          label={t('impact.year')}
          hint={isReplacing ? t('impact.replaceHint', { year: values.year }) : t('impact.yearHint')}
          errors={errors.year}
          required
        >
          {(control) => (
            <input
              {...control}
              name="year"
              type="number"
              inputMode="numeric"
              min={2000}
              max={currentYear}
              step={1}
              value={values.year}
              onChange={(event) => set({ year: event.target.value })}
            />
          )}
        </FieldShell>
        {amount('revenue', 'revenueVnd', t('impact.revenueHint'))}
        {amount('profit', 'profitVnd', t('impact.profitHint'))}
        {count('jobs')}
        {count('localJobs', t('impact.localJobsHint'))}
      </div>
      {children}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {isReplacing ? t('impact.replace') : t('impact.save')}
        </button>
      </div>
    </form>
  );
}
