import { useState } from 'react';
import { type DashboardQuery, fetchProvinceDashboard, type ProvinceDashboard } from '../../api/programme';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { CurrentPlanProgress } from '../plans/current-plan-progress';
import { navigateWithQuery, routeHrefWithQuery, useHashQuery } from '../shell/use-hash-route';
import { CommuneCoverageTable } from './commune-coverage-table';
import { BreakdownCharts } from './dashboard-charts';
import { PeriodForm, ReportLinks, UnitsToggle, WindowNote } from './dashboard-controls';
import { dashboardRouteQuery, readDashboardQuery } from './dashboard-query';
import { HeadlineCards } from './headline-cards';
import { Pre2025Section } from './pre2025-section';
import { ProvincePicker } from './province-picker';

/** Key: the query string of `code` and the dashboard query. */
const loadDashboard = (key: string, signal: AbortSignal) => {
  const { code = '', ...query } = fromQueryKey(key);
  return fetchProvinceDashboard(code, query as DashboardQuery, signal);
};

/** #/dashboards/province/{code}?asOf=&from=&to=&units=pre2025: one province's programme dashboard. */
export function ProvinceDashboardPage({ user, code }: { user: User; code: string }) {
  const { t } = useI18n();
  const query = readDashboardQuery(useHashQuery());
  const state = useFetch(toQueryKey({ code, ...dashboardRouteQuery(query) }), loadDashboard);
  // The last dashboard stays on screen while another period loads (no blank page between the two).
  const [shown, setShown] = useState<ProvinceDashboard | null>(null);
  if (state.status === 'success' && state.data !== shown) setShown(state.data);
  const go = (next: DashboardQuery) =>
    navigateWithQuery(['dashboards', 'province', code], dashboardRouteQuery({ ...query, ...next }));
  const isMinistry = user.provinceCode === null;

  return (
    <div className="dashboard" aria-busy={state.status === 'loading'}>
      {isMinistry && (
        <p>
          <a
            href={routeHrefWithQuery(['dashboards', 'national'], {
              ...dashboardRouteQuery(query),
              units: undefined,
            })}
          >
            {t('dash.backToNational')}
          </a>
        </p>
      )}
      <div className="page-heading">
        <h1>{t('dash.provinceHeading', { name: shown?.province.name ?? code })}</h1>
        {shown && <ReportLinks provinceCode={code} window={shown.window} />}
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
              {isMinistry && <ProvincePicker code={code} query={query} />}
            </div>
          </div>
          <HeadlineCards items={shown.headline} />
          <CurrentPlanProgress
            provinceCode={code}
            asOf={shown.window.asOf}
            canManage={can(user.role, 'programme:manage')}
          />
          <BreakdownCharts data={shown} />
          {shown.pre2025 && <Pre2025Section view={shown.pre2025} />}
          <CommuneCoverageTable data={shown} />
        </>
      )}
    </div>
  );
}
