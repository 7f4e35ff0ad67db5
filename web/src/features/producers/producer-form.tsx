import type { ReactNode } from 'react';
import type { ProducerTypeCode } from '../../api/types';
import { CommunePicker } from '../../components/commune-picker';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import type { UserScope } from '../../lib/permissions';
import type { ProducerFormValues } from './producer-form-state';
import { ProducerTypeSelect } from './producer-type-select';

/** Fields the form shows; server errors on any other field go to the alert instead. */
export const PRODUCER_FORM_FIELDS = [
  'name',
  'type',
  'taxCode',
  'representativeName',
  'representativeGender',
  'representativeEthnicity',
  'communeCode',
  'street',
  'phone',
  'email',
  'website',
] as const;

interface ProducerFormProps {
  values: ProducerFormValues;
  onChange: (values: ProducerFormValues) => void;
  errors: FieldErrorMap;
  scope: UserScope;
  readOnly: boolean;
  /** Buttons and alerts, at the end of the form. */
  children: ReactNode;
  onSubmit: () => void;
  testId: string;
}

export function ProducerForm({
  values,
  onChange,
  errors,
  scope,
  readOnly,
  children,
  onSubmit,
  testId,
}: ProducerFormProps) {
  const { t } = useI18n();
  const text = (field: keyof ProducerFormValues & (typeof PRODUCER_FORM_FIELDS)[number]) => ({
    name: field,
    value: values[field],
    onChange: (value: string) => onChange({ ...values, [field]: value }),
    errors: errors[field],
    disabled: readOnly,
  });

  return (
    <form
      className="record-form"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p className="hint">{t('common.requiredNote')}</p>
      <fieldset disabled={readOnly}>
        <legend>{t('producers.sectionMain')}</legend>
        <div className="form-grid">
          <TextField label={t('producers.name')} required {...text('name')} />
          <ProducerTypeSelect
            mode="form"
            value={values.type}
            onChange={(type) => onChange({ ...values, type: type as ProducerTypeCode | '' })}
            errors={errors.type}
          />
          <TextField label={t('producers.taxCode')} hint={t('producers.taxCodeHint')} {...text('taxCode')} />
        </div>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{t('producers.sectionRepresentative')}</legend>
        <div className="form-grid">
          <TextField label={t('producers.representativeName')} {...text('representativeName')} />
          <SelectField
            label={t('producers.representativeGender')}
            name="representativeGender"
            value={values.representativeGender}
            onChange={(gender) =>
              onChange({
                ...values,
                representativeGender: gender as ProducerFormValues['representativeGender'],
              })
            }
            emptyLabel={t('producers.genderUnspecified')}
            options={[
              { value: 'female', label: t('producers.genderFemale') },
              { value: 'male', label: t('producers.genderMale') },
            ]}
            errors={errors.representativeGender}
          />
          <TextField
            label={t('producers.representativeEthnicity')}
            hint={t('producers.ethnicityHint')}
            {...text('representativeEthnicity')}
          />
        </div>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{t('producers.sectionAddress')}</legend>
        <div className="form-grid">
          <CommunePicker
            mode="form"
            scope={scope}
            value={{ provinceCode: values.provinceCode, communeCode: values.communeCode }}
            onChange={(unit) => onChange({ ...values, ...unit })}
            errors={errors.communeCode}
          />
          <TextField label={t('producers.street')} {...text('street')} />
          <TextField label={t('producers.phone')} type="tel" {...text('phone')} />
          <TextField label={t('producers.email')} type="email" {...text('email')} />
          <TextField label={t('producers.website')} {...text('website')} />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
