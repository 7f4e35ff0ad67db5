import type { ReactNode } from 'react';
import type { TrainingTopic } from '../../api/training';
import { TextField } from '../../components/form-field';
import { ScopeSelect } from '../../components/scope-select';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import type { CourseFormValues } from './course-form-state';
import { TopicsField } from './topics-field';

export const COURSE_FORM_FIELDS = [
  'title',
  'provinceCode',
  'topics',
  'startsOn',
  'endsOn',
  'place',
  'organiser',
] as const;

interface CourseFormProps {
  values: CourseFormValues;
  onChange: (values: CourseFormValues) => void;
  errors: FieldErrorMap;
  topics: readonly TrainingTopic[];
  /** A province officer's courses are their province's; the ministry also records national ones. */
  fixedProvince: string | null;
  children: ReactNode;
  onSubmit: () => void;
}

export function CourseForm(props: CourseFormProps) {
  const { values, onChange, errors, topics, fixedProvince, children, onSubmit } = props;
  const { t } = useI18n();
  const text = (field: 'title' | 'startsOn' | 'endsOn' | 'place' | 'organiser') => ({
    name: field,
    value: values[field],
    onChange: (value: string) => onChange({ ...values, [field]: value }),
    errors: errors[field],
  });

  return (
    <form
      className="record-form"
      data-testid="training-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p className="hint">{t('common.requiredNote')}</p>
      <fieldset>
        <legend>{t('training.sectionMain')}</legend>
        <div className="form-grid">
          <TextField label={t('training.title')} required {...text('title')} />
          <ScopeSelect
            label={t('training.scope')}
            nationalLabel={t('training.nationalOption')}
            hint={t('training.scopeHint')}
            value={values.provinceCode}
            onChange={(provinceCode) => onChange({ ...values, provinceCode })}
            fixedProvince={fixedProvince}
            errors={errors.provinceCode}
          />
          <TextField label={t('training.startsOn')} type="date" required {...text('startsOn')} />
          <TextField
            label={t('training.endsOn')}
            type="date"
            hint={t('training.endsOnHint')}
            {...text('endsOn')}
          />
          <TextField label={t('training.place')} {...text('place')} />
          <TextField label={t('training.organiser')} {...text('organiser')} />
          <TopicsField
            topics={topics}
            values={values.topics}
            onChange={(chosen) => onChange({ ...values, topics: chosen })}
            errors={errors.topics}
          />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
