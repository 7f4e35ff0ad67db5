import { useId, useState } from 'react';
import { fetchPlanProgress, fetchPlans } from '../../api/programme';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { currentPlans, formatDate } from '../dashboards/programme-format';
import { routeHref } from '../shell/use-hash-route';
import { TargetProgressList } from './target-progress-list';

/** Key: "province:08" or "national". */
const loadPlansOf = (key: string, signal: AbortSignal) => {
  const [level, province] = key.split(':');
  return fetchPlans({ level, province }, signal);
};

/** Key: "{planId}|{asOf}". */
export const loadProgress = (key: string, signal: AbortSignal) => {
  const [id = '', asOf] = key.split('|');
  return fetchPlanProgress(id, asOf || undefined, signal);
};

interface CurrentPlanProgressProps {
  /** null: the national plans. */
  provinceCode: string | null;
  asOf: string;
  canManage: boolean;
}

/** Progress to each target of the plan in force on the dashboard's day (a choice when several are). */
export function CurrentPlanProgress({ provinceCode, asOf, canManage }: CurrentPlanProgressProps) {
  const { t } = useI18n();
  const selectId = useId();
  const plans = useFetch(provinceCode ? `province:${provinceCode}` : 'national', loadPlansOf);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const inForce = plans.status === 'success' ? currentPlans(plans.data, asOf) : [];
  const plan = inForce.find((p) => p.id === chosenId) ?? inForce[0] ?? null;
  const progress = useFetch(plan ? `${plan.id}|${asOf}` : null, loadProgress);

  return (
    <section aria-labelledby="dash-targets" className="dash-section" data-testid="plan-progress">
      <h2 id="dash-targets">{t('dash.targets')}</h2>
      {plans.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {plans.status === 'error' && <ErrorAlert error={plans.error} />}
      {plans.status === 'success' && plan === null && (
        <p className="muted" data-testid="no-plan">
          {t('dash.noPlan', { asOf: formatDate(asOf) })}{' '}
          <a href={canManage ? routeHref('plans', 'new') : routeHref('plans')}>
            {t(canManage ? 'plans.create' : 'plans.heading')}
          </a>
        </p>
      )}
      {plan && (
        <div className="plan-summary">
          {inForce.length > 1 ? (
            <div className="field">
              <label htmlFor={selectId}>{t('dash.choosePlan')}</label>
              <select id={selectId} value={plan.id} onChange={(event) => setChosenId(event.target.value)}>
                {inForce.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p>
            <a href={routeHref('plans', plan.id)} className="plan-name">
              {plan.name}
            </a>
            {plan.decisionRef && <> · {plan.decisionRef}</>}
            {' · '}
            {t('plans.periodValue', { from: formatDate(plan.periodFrom), to: formatDate(plan.periodTo) })}
          </p>
        </div>
      )}
      {progress.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {progress.status === 'error' && <ErrorAlert error={progress.error} />}
      {progress.status === 'success' && <TargetProgressList rows={progress.data.targets} />}
    </section>
  );
}
