import { useI18n } from '../i18n/i18n-context';
import type { UserScope } from '../lib/permissions';
import { loadCommunes, loadProvinces } from '../lib/reference-cache';
import { useFetch } from '../lib/use-fetch';
import { SelectField } from './form-field';

export interface UnitChoice {
  provinceCode: string;
  communeCode: string;
}

interface CommunePickerProps {
  value: UnitChoice;
  onChange: (value: UnitChoice) => void;
  /** A scoped user only sees their own province (and commune). */
  scope: UserScope;
  /** Filters: an empty "all" option in both selects. Forms: the commune is required. */
  mode: 'filter' | 'form';
  /** Hide the commune select (province-only filters). */
  provinceOnly?: boolean;
  errors?: readonly string[] | undefined;
  /** Overrides for a province-only select used for something else ("Tỉnh mặc định"). */
  provinceLabel?: string;
  provinceHint?: string;
  emptyLabel?: string;
}

/** Province select, then the communes of that province (GET /admin-units/provinces/{code}/communes). */
export function CommunePicker(props: CommunePickerProps) {
  const { value, onChange, scope, mode, provinceOnly, errors } = props;
  const { t } = useI18n();
  const provinces = useFetch('provinces', loadProvinces);
  const communes = useFetch(
    value.provinceCode === '' || provinceOnly ? null : value.provinceCode,
    loadCommunes,
  );
  const provinceList = provinces.status === 'success' ? provinces.data : [];
  const communeList = communes.status === 'success' ? communes.data : [];
  const allowedProvinces = scope.provinceCode
    ? provinceList.filter((p) => p.code === scope.provinceCode)
    : provinceList;
  const allowedCommunes = scope.communeCode
    ? communeList.filter((c) => c.code === scope.communeCode)
    : communeList;
  const emptyLabel = props.emptyLabel ?? (mode === 'filter' ? t('common.all') : t('common.choose'));

  return (
    <>
      <SelectField
        label={props.provinceLabel ?? t('unitPicker.province')}
        name="province"
        value={value.provinceCode}
        onChange={(provinceCode) => onChange({ provinceCode, communeCode: '' })}
        options={allowedProvinces.map((p) => ({ value: p.code, label: p.name }))}
        emptyLabel={scope.provinceCode && mode === 'form' ? undefined : emptyLabel}
        required={mode === 'form'}
        hint={provinces.status === 'loading' ? t('app.loading') : props.provinceHint}
      />
      {!provinceOnly && (
        <SelectField
          label={t('unitPicker.commune')}
          name="communeCode"
          value={value.communeCode}
          onChange={(communeCode) => onChange({ ...value, communeCode })}
          options={allowedCommunes.map((c) => ({ value: c.code, label: c.fullName }))}
          emptyLabel={value.provinceCode === '' ? t('unitPicker.provinceFirst') : emptyLabel}
          required={mode === 'form'}
          disabled={value.provinceCode === ''}
          errors={errors}
          hint={communes.status === 'loading' ? t('app.loading') : undefined}
        />
      )}
    </>
  );
}
