import { useI18n } from '../i18n/i18n-context';
import { loadProvinces } from '../lib/reference-cache';
import { useFetch } from '../lib/use-fetch';
import { SelectField } from './form-field';

interface ScopeSelectProps {
  label: string;
  /** The empty option, for a national record; not offered when the province is fixed. */
  nationalLabel: string;
  hint: string;
  value: string;
  onChange: (provinceCode: string) => void;
  /** A province officer's records are their province's; the ministry also records national ones. */
  fixedProvince: string | null;
  errors?: readonly string[] | undefined;
}

/** The `provinceCode` select of a record that is a province's or national (courses, trade events). */
export function ScopeSelect({ label, nationalLabel, hint, fixedProvince, ...rest }: ScopeSelectProps) {
  const { t } = useI18n();
  const provinces = useFetch('provinces', loadProvinces);
  const provinceList = provinces.status === 'success' ? provinces.data : [];
  const allowed = fixedProvince ? provinceList.filter((p) => p.code === fixedProvince) : provinceList;
  return (
    <SelectField
      label={label}
      name="provinceCode"
      emptyLabel={fixedProvince ? undefined : nationalLabel}
      options={allowed.map((p) => ({ value: p.code, label: p.name }))}
      hint={provinces.status === 'loading' ? t('app.loading') : hint}
      {...rest}
    />
  );
}
