import type { ReactNode } from 'react';
import type { SalePointLevel, SalePointLocationType } from '../../api/types';
import { CommunePicker } from '../../components/commune-picker';
import { FieldShell, SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrorMap } from '../../lib/field-errors';
import type { UserScope } from '../../lib/permissions';
import { ProductChooser } from './product-chooser';
import type { SalePointFormValues } from './sale-point-form-state';
import { LOCATION_TYPES, SALE_POINT_LEVELS } from './sale-point-labels';

/** Fields the form shows; server errors on any other field go to the alert instead. */
export const SALE_POINT_FORM_FIELDS = [
  'name',
  'address',
  'provinceCode',
  'communeCode',
  'lat',
  'lon',
  'level',
  'locationType',
  'phone',
  'openingHours',
  'website',
  'recognisedBy',
  'recognisedOn',
  'isActive',
  'productIds',
] as const;

type TextKey =
  | 'name'
  | 'address'
  | 'lat'
  | 'lon'
  | 'phone'
  | 'openingHours'
  | 'website'
  | 'recognisedBy'
  | 'recognisedOn';

interface SalePointFormProps {
  values: SalePointFormValues;
  onChange: (values: SalePointFormValues) => void;
  errors: FieldErrorMap;
  scope: UserScope;
  /** Buttons and alerts, at the end of the form. */
  children: ReactNode;
  onSubmit: () => void;
  testId: string;
}

export function SalePointForm({
  values,
  onChange,
  errors,
  scope,
  children,
  onSubmit,
  testId,
}: SalePointFormProps) {
  const { t } = useI18n();
  const text = (field: TextKey) => ({
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
        <legend>{t('salePoints.sectionMain')}</legend>
        <div className="form-grid">
          <TextField label={t('salePoints.name')} required {...text('name')} />
          <SelectField
            label={t('salePoints.level')}
            name="level"
            required
            value={values.level}
            onChange={(level) => onChange({ ...values, level: level as SalePointLevel | '' })}
            emptyLabel={t('common.choose')}
            options={SALE_POINT_LEVELS.map((level) => ({
              value: level,
              label: t(`salePoints.level.${level}`),
            }))}
            errors={errors.level}
          />
          <SelectField
            label={t('salePoints.locationType')}
            name="locationType"
            required
            value={values.locationType}
            onChange={(type) => onChange({ ...values, locationType: type as SalePointLocationType | '' })}
            emptyLabel={t('common.choose')}
            options={LOCATION_TYPES.map((type) => ({ value: type, label: t(`salePoints.location.${type}`) }))}
            errors={errors.locationType}
          />
          <TextField
            label={t('salePoints.recognisedBy')}
            hint={t('salePoints.recognisedByHint')}
            {...text('recognisedBy')}
          />
          <TextField label={t('salePoints.recognisedOn')} type="date" {...text('recognisedOn')} />
          <FieldShell
            label={t('salePoints.activeLabel')}
            hint={t('salePoints.activeHint')}
            className="field-check"
          >
            {(control) => (
              <input
                {...control}
                type="checkbox"
                name="isActive"
                checked={values.isActive}
                onChange={(event) => onChange({ ...values, isActive: event.target.checked })}
              />
            )}
          </FieldShell>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('salePoints.sectionAddress')}</legend>
        <div className="form-grid">
          <CommunePicker
            mode="form"
            scope={{ provinceCode: scope.provinceCode, communeCode: null }}
            value={{ provinceCode: values.provinceCode, communeCode: values.communeCode }}
            onChange={(unit) => onChange({ ...values, ...unit })}
            errors={errors.communeCode ?? errors.provinceCode}
          />
          <TextField
            label={t('salePoints.address')}
            hint={t('salePoints.addressHint')}
            required
            {...text('address')}
          />
          <TextField label={t('salePoints.lat')} hint={t('salePoints.latHint')} {...text('lat')} />
          <TextField label={t('salePoints.lon')} hint={t('salePoints.lonHint')} {...text('lon')} />
          <TextField label={t('salePoints.phone')} type="tel" {...text('phone')} />
          <TextField
            label={t('salePoints.openingHours')}
            hint={t('salePoints.openingHoursHint')}
            {...text('openingHours')}
          />
          <TextField label={t('salePoints.website')} type="url" {...text('website')} />
        </div>
      </fieldset>
      <ProductChooser
        chosen={values.products}
        onChange={(products) => onChange({ ...values, products })}
        errors={errors.productIds}
      />
      {children}
    </form>
  );
}
