import { fetchPlans } from '../../api/programme';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fromQueryKey, toQueryKey } from '../../lib/list-query';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { formatDate, periodContains, vietnamToday } from '../dashboards/programme-format';
import { routeHref, useHashQuery } from '../shell/use-hash-route';
import { PlanScopeFilter } from './plan-scope-filter';

const loadPlans = (key: string, signal: AbortSignal) => fetchPlans(fromQueryKey(key), signal);

/** #/plans?level=&province=: the programme plans within reach (a province role: its own province's). */
export function PlansPage({ user }: { user: User }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const isMinistry = user.provinceCode === null;
  const level = route.level === 'province' || route.level === 'national' ? route.level : undefined;
  const province = isMinistry && /^\d{2}$/.test(route.province ?? '') ? route.province : undefined;
  const state = useFetch(toQueryKey({ level, province }), loadPlans);
  const today = vietnamToday();

  return (
    <>
      <div className="page-heading">
        <h1>{t('plans.heading')}</h1>
        {can(user.role, 'programme:manage') && (
          <a className="button-link" href={routeHref('plans', 'new')}>
            {t('plans.create')}
          </a>
        )}
      </div>
      <p className="lead">{t('plans.intro')}</p>
      {isMinistry && <PlanScopeFilter key={`${level}|${province}`} level={level} province={province} />}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <div className="table-wrap full">
          <table data-testid="plans-table">
            <caption>{t('plans.caption', { count: state.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.name')}</th>
                <th scope="col">{t('plans.scope')}</th>
                <th scope="col">{t('plans.decisionRef')}</th>
                <th scope="col">{t('plans.period')}</th>
                <th scope="col" className="num">
                  {t('plans.targetCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((plan) => (
                <tr key={plan.id} data-testid="plan-row">
                  <th scope="row">
                    <a href={routeHref('plans', plan.id)}>{plan.name}</a>
                    {periodContains(plan, today) && (
                      <span className="badge status-valid">{t('plans.inForce')}</span>
                    )}
                  </th>
                  <td>{plan.province ? plan.province.name : t('plans.level.national')}</td>
                  <td>{plan.decisionRef ?? '—'}</td>
                  <td>
                    {t('plans.periodValue', {
                      from: formatDate(plan.periodFrom),
                      to: formatDate(plan.periodTo),
                    })}
                  </td>
                  <td className="num">{plan.targets.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.data.length === 0 && <p className="empty">{t('plans.empty')}</p>}
        </div>
      )}
    </>
  );
}
