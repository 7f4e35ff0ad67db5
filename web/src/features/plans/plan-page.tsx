import { useState } from 'react';
import { deletePlan, type Plan } from '../../api/programme';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { formatDate } from '../dashboards/programme-format';
import {
  navigate,
  navigateWithQuery,
  routeHref,
  routeHrefWithQuery,
  useHashQuery,
} from '../shell/use-hash-route';
import { loadProgress } from './current-plan-progress';
import { TargetProgressList } from './target-progress-list';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** #/plans/{id}?asOf=: a plan, its targets and the progress to each on a day (today by default). */
export function PlanPage({ user, id }: { user: User; id: string }) {
  const { t } = useI18n();
  const route = useHashQuery();
  const asOf = ISO_DATE.test(route.asOf ?? '') ? route.asOf : undefined;
  const state = useFetch(`${id}|${asOf ?? ''}`, loadProgress);
  return (
    <>
      <p>
        <a href={routeHref('plans')}>{t('plans.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <PlanHeader plan={state.data.plan} user={user} />
          <section aria-labelledby="plan-progress" className="dash-section">
            <h2 id="plan-progress">{t('plans.progressHeading')}</h2>
            <AsOfForm
              key={state.data.asOf}
              asOf={state.data.asOf}
              onApply={(next) => navigateWithQuery(['plans', id], { asOf: next })}
            />
            <p className="muted" data-testid="measured-on">
              {t('plans.measuredOn', { date: formatDate(state.data.measuredOn) })}
            </p>
            <TargetProgressList rows={state.data.targets} />
          </section>
        </>
      )}
    </>
  );
}

function PlanHeader({ plan, user }: { plan: Plan; user: User }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const canManage = can(user.role, 'programme:manage');
  const dashboard = plan.province
    ? routeHrefWithQuery(['dashboards', 'province', plan.province.code], {})
    : routeHrefWithQuery(['dashboards', 'national'], {});

  async function remove() {
    setError(null);
    try {
      await deletePlan(plan.id);
      navigate('plans');
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <div className="page-heading">
        <h1 data-testid="plan-name">{plan.name}</h1>
        <div className="action-bar">
          <a href={dashboard}>{t('plans.openDashboard')}</a>
          {canManage && (
            <a className="button-link" href={routeHref('plans', plan.id, 'edit')}>
              {t('common.edit')}
            </a>
          )}
          {canManage && !confirming && (
            <button type="button" className="button-plain" onClick={() => setConfirming(true)}>
              {t('plans.delete')}
            </button>
          )}
        </div>
      </div>
      {confirming && (
        <div role="alert" className="alert alert-warning">
          <p>{t('plans.deleteConfirm', { name: plan.name })}</p>
          <p className="alert-actions action-bar">
            <button type="button" className="button-danger" onClick={() => void remove()}>
              {t('plans.deleteYes')}
            </button>
            <button type="button" className="button-plain" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <dl className="facts">
        <div>
          <dt>{t('plans.scope')}</dt>
          <dd>{plan.province ? plan.province.name : t('plans.level.national')}</dd>
        </div>
        <div>
          <dt>{t('plans.decisionRef')}</dt>
          <dd>{plan.decisionRef ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('plans.period')}</dt>
          <dd>
            {t('plans.periodValue', { from: formatDate(plan.periodFrom), to: formatDate(plan.periodTo) })}
          </dd>
        </div>
        <div>
          <dt>{t('plans.targetCount')}</dt>
          <dd>{plan.targets.length}</dd>
        </div>
      </dl>
    </>
  );
}

function AsOfForm({ asOf, onApply }: { asOf: string; onApply: (asOf: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(asOf);
  return (
    <form
      className="asof-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ISO_DATE.test(draft)) onApply(draft);
      }}
    >
      <TextField label={t('dash.asOf')} type="date" name="asOf" value={draft} onChange={setDraft} />
      <button type="submit" className="button-outline">
        {t('dash.apply')}
      </button>
    </form>
  );
}
