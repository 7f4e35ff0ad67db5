import { useState } from 'react';
import { type DashboardQuery, fetchNationalDashboard, type NationalDashboard } from '../../api/programme';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { CurrentPlanProgress } from '../plans/current-plan-progress';
import { navigateWithQuery, useHashQuery } from '../shell/use-hash-route';
import { BreakdownCharts } from './dashboard-charts';
import { PeriodForm, ReportLinks, UnitsToggle, WindowNote } from './dashboard-controls';
import { dashboardRouteQuery, readDashboardQuery } from './dashboard-query';
import { HeadlineCards } from './headline-cards';
import { NationalExportsSection } from './national-exports-section';
import { Pre2025Section } from './pre2025-section';
import { ProvincesChart, ProvincesTable } from './provinces-table';

const loadDashboard = (key: string, signal: AbortSignal) =>
  fetchNationalDashboard(fromQueryKey(key) as DashboardQuery, signal);

/** #/dashboards/national?asOf=&from=&to=&units=pre2025: the country, province by province (the ministry). */
export function NationalDashboardPage({ user }: { user: User }) {
  const { t } = useI18n();
  const query = readDashboardQuery(useHashQuery());
  const state = useFetch(toQueryKey(dashboardRouteQuery(query)), loadDashboard);
  const [shown, setShown] = useState<NationalDashboard | null>(null);
  if (state.status === 'success' && state.data !== shown) setShown(state.data);
  const go = (next: DashboardQuery) =>
    navigateWithQuery(['dashboards', 'national'], dashboardRouteQuery({ ...query, ...next }));

  return (
    <div className="dashboard" aria-busy={state.status === 'loading'}>
      <div className="page-heading">
        <h1>{t('dash.nationalHeading')}</h1>
        {shown && <ReportLinks provinceCode={null} window={shown.window} />}
      </div>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {shown && (
        <>
          <WindowNote window={shown.window} />
          <div className="dash-controls">
            <PeriodForm
              key={`${shown.window.asOf}|${shown.window.from}|${shown.window.to}`}
              window={shown.window}
              onApply={(window) => go(window)}
            />
            <div className="dash-toggles">
              <UnitsToggle
                isPre2025={query.units === 'pre2025'}
                onChange={(isPre2025) => go({ units: isPre2025 ? 'pre2025' : undefined })}
              />
            </div>
          </div>
          <HeadlineCards items={shown.headline} />
          <ProvincesTable data={shown} query={query} />
          <ProvincesChart data={shown} />
          <CurrentPlanProgress
            provinceCode={null}
            asOf={shown.window.asOf}
            canManage={can(user.role, 'programme:manage')}
          />
          <BreakdownCharts data={shown} />
          {shown.pre2025 && <Pre2025Section view={shown.pre2025} />}
          <NationalExportsSection user={user} />
        </>
      )}
    </div>
  );
}
