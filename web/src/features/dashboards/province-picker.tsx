import { useId, useState } from 'react';
import type { DashboardQuery } from '../../api/programme';
import { useI18n } from '../../i18n/i18n-context';
import { loadProvinces } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';
import { navigateWithQuery } from '../shell/use-hash-route';
import { dashboardRouteQuery } from './dashboard-query';

/**
 * For the ministry: another province's dashboard, same day and period. A button opens it (a select that
 * navigated on change would leave with every arrow key).
 */
export function ProvincePicker({ code, query }: { code: string; query: DashboardQuery }) {
  const { t } = useI18n();
  const id = useId();
  const provinces = useFetch('provinces', loadProvinces);
  const [picked, setPicked] = useState(code);
  if (provinces.status !== 'success') return null;
  return (
    <form
      className="inline-search province-picker"
      onSubmit={(event) => {
        event.preventDefault();
        navigateWithQuery(['dashboards', 'province', picked], dashboardRouteQuery(query));
      }}
    >
      <label htmlFor={id}>{t('dash.otherProvince')}</label>
      <select id={id} value={picked} onChange={(event) => setPicked(event.target.value)}>
        {provinces.data.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button-outline">
        {t('dash.open')}
      </button>
    </form>
  );
}
