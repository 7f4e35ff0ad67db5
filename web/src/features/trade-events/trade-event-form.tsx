import type { ReactNode } from 'react';
import type { TradeEventKind } from '../../api/types';
import { SelectField, TextAreaField, TextField } from '../../components/form-field';
import { ScopeSelect } from '../../components/scope-select';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import { EVENT_KINDS } from './event-labels';
import type { TradeEventFormValues } from './trade-event-form-state';

export const EVENT_FORM_FIELDS = [
  'kind',
  'name',
  'provinceCode',
  'place',
  'startsOn',
  'endsOn',
  'organiser',
  'website',
  'description',
] as const;

interface TradeEventFormProps {
  values: TradeEventFormValues;
  onChange: (values: TradeEventFormValues) => void;
  errors: FieldErrorMap;
  /** A province officer's events are their province's; the ministry also records national ones. */
  fixedProvince: string | null;
  children: ReactNode;
  onSubmit: () => void;
  testId: string;
}

export function TradeEventForm(props: TradeEventFormProps) {
  const { values, onChange, errors, fixedProvince, children, onSubmit, testId } = props;
  const { t } = useI18n();
  const text = (field: 'name' | 'place' | 'startsOn' | 'endsOn' | 'organiser' | 'website') => ({
    name: field,
    value: values[field],
    onChange: (value: string) => onChange({ ...values, [field]: value }),
    errors: errors[field],
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
      <fieldset>
        <legend>{t('events.sectionMain')}</legend>
        <div className="form-grid">
          <TextField label={t('events.name')} required {...text('name')} />
          <SelectField
            label={t('events.kind')}
            name="kind"
            required
            value={values.kind}
            onChange={(kind) => onChange({ ...values, kind: kind as TradeEventKind | '' })}
            emptyLabel={t('common.choose')}
            options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))}
            errors={errors.kind}
          />
          <ScopeSelect
            label={t('events.scope')}
            nationalLabel={t('events.nationalOption')}
            hint={t('events.scopeHint')}
            value={values.provinceCode}
            onChange={(provinceCode) => onChange({ ...values, provinceCode })}
            fixedProvince={fixedProvince}
            errors={errors.provinceCode}
          />
          <TextField label={t('events.startsOn')} type="date" required {...text('startsOn')} />
          <TextField
            label={t('events.endsOn')}
            type="date"
            hint={t('events.endsOnHint')}
            {...text('endsOn')}
          />
          <TextField label={t('events.place')} required {...text('place')} />
          <TextField label={t('events.organiser')} {...text('organiser')} />
          <TextField label={t('events.website')} type="url" {...text('website')} />
          <TextAreaField
            label={t('events.description')}
            name="description"
            rows={3}
            value={values.description}
            onChange={(description) => onChange({ ...values, description })}
            errors={errors.description}
          />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
