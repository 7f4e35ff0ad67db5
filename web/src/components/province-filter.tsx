import type { UserScope } from '../lib/permissions';
import { CommunePicker } from './commune-picker';

/** The province select of a list's filters (a commune picker without the commune). */
export function ProvinceFilter({
  scope,
  value,
  onChange,
}: {
  scope: UserScope;
  value: string | undefined;
  onChange: (provinceCode: string) => void;
}) {
  return (
    <CommunePicker
      mode="filter"
      provinceOnly
      scope={scope}
      value={{ provinceCode: value ?? '', communeCode: '' }}
      onChange={(unit) => onChange(unit.provinceCode)}
    />
  );
}
