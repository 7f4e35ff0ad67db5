import { useState } from 'react';
import {
  createPlan,
  fetchIndicators,
  fetchPlan,
  type IndicatorDefinition,
  type Plan,
  updatePlan,
} from '../../api/programme';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import { can } from '../../lib/permissions';
import { loadProvinces } from '../../lib/reference-cache';
import { useFetch } from '../../lib/use-fetch';
import { vietnamToday } from '../dashboards/programme-format';
import { navigate, routeHref } from '../shell/use-hash-route';
import {
  emptyPlan,
  emptyTarget,
  type PlanDraft,
  planToBody,
  planToDraft,
  targetErrorsOf,
} from './plan-form-state';
import { TargetFields } from './target-fields';

let indicatorsPromise: Promise<IndicatorDefinition[]> | null = null;

/** The catalogue does not change while the page is open: fetched once. */
export const loadIndicators = (_key: string, _signal: AbortSignal): Promise<IndicatorDefinition[]> => {
  indicatorsPromise ??= fetchIndicators().catch((error: unknown) => {
    indicatorsPromise = null;
    throw error;
  });
  return indicatorsPromise;
};

const loadPlan = (id: string, signal: AbortSignal) => fetchPlan(id, signal);

/** #/plans/new and #/plans/{id}/edit. */
export function PlanFormPage({ user, id }: { user: User; id: string | null }) {
  const { t } = useI18n();
  const indicators = useFetch('indicators', loadIndicators);
  const plan = useFetch(id, loadPlan);
  if (!can(user.role, 'programme:manage')) {
    return <p className="alert alert-warning">{t('plans.cannotManage')}</p>;
  }
  const failed = [indicators, plan].find((s) => s.status === 'error');
  const ready = indicators.status === 'success' && (id === null || plan.status === 'success');
  return (
    <>
      <p>
        <a href={id ? routeHref('plans', id) : routeHref('plans')}>
          {t(id ? 'plans.backToPlan' : 'plans.backToList')}
        </a>
      </p>
      <h1>{t(id ? 'plans.editHeading' : 'plans.createHeading')}</h1>
      {failed?.status === 'error' && <ErrorAlert error={failed.error} />}
      {!failed && !ready && <p role="status">{t('app.loading')}</p>}
      {ready && (
        <PlanForm
          user={user}
          plan={plan.status === 'success' ? plan.data : null}
          indicators={indicators.data}
        />
      )}
    </>
  );
}

interface PlanFormProps {
  user: User;
  plan: Plan | null;
  indicators: readonly IndicatorDefinition[];
}

const PLACED = ['level', 'provinceCode', 'name', 'decisionRef', 'periodFrom', 'periodTo', 'targets'];

function PlanForm({ user, plan, indicators }: PlanFormProps) {
  const { t } = useI18n();
  const isMinistry = user.provinceCode === null;
  const [draft, setDraft] = useState<PlanDraft>(() =>
    plan ? planToDraft(plan) : emptyPlan(user.provinceCode, Number(vietnamToday().slice(0, 4))),
  );
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const provinces = useFetch(isMinistry ? 'provinces' : null, loadProvinces);
  const set = (patch: Partial<PlanDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const errors = fieldErrorsOf(error);
  const targetErrors = targetErrorsOf(error);
  const unplaced = unplacedErrors(errors, PLACED);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const body = planToBody(draft, indicators);
      const saved = plan ? await updatePlan(plan.id, body) : await createPlan(body);
      navigate('plans', saved.id);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form"
      data-testid="plan-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="hint">{t('common.requiredNote')}</p>
      <fieldset>
        <legend>{t('plans.general')}</legend>
        <div className="form-grid">
          {isMinistry && (
            <SelectField
              label={t('plans.level')}
              name="level"
              value={draft.level}
              onChange={(level) => set({ level: level === 'national' ? 'national' : 'province' })}
              options={[
                { value: 'province', label: t('plans.level.province') },
                { value: 'national', label: t('plans.level.national') },
              ]}
              errors={errors.level}
            />
          )}
          {isMinistry && draft.level === 'province' && (
            <SelectField
              label={t('plans.province')}
              name="provinceCode"
              required
              value={draft.provinceCode}
              onChange={(provinceCode) => set({ provinceCode })}
              emptyLabel={t('common.choose')}
              options={
                provinces.status === 'success'
                  ? provinces.data.map((p) => ({ value: p.code, label: p.name }))
                  : []
              }
              errors={errors.provinceCode}
            />
          )}
          <TextField
            label={t('plans.name')}
            hint={t('plans.nameHint')}
            name="name"
            required
            value={draft.name}
            onChange={(name) => set({ name })}
            errors={errors.name}
          />
          <TextField
            label={t('plans.decisionRef')}
            hint={t('plans.decisionRefHint')}
            name="decisionRef"
            value={draft.decisionRef}
            onChange={(decisionRef) => set({ decisionRef })}
            errors={errors.decisionRef}
          />
          <TextField
            label={t('plans.periodFrom')}
            type="date"
            name="periodFrom"
            required
            value={draft.periodFrom}
            onChange={(periodFrom) => set({ periodFrom })}
            errors={errors.periodFrom}
          />
          <TextField
            label={t('plans.periodTo')}
            type="date"
            name="periodTo"
            required
            value={draft.periodTo}
            onChange={(periodTo) => set({ periodTo })}
            errors={errors.periodTo}
          />
        </div>
      </fieldset>
      <h2>{t('plans.targets')}</h2>
      <p className="muted">{t('plans.targetsIntro')}</p>
      {draft.targets.map((target, index) => (
        <TargetFields
          key={target.key}
          index={index}
          draft={target}
          indicators={indicators}
          errors={targetErrors[index] ?? {}}
          onChange={(next) => set({ targets: draft.targets.map((x) => (x.key === target.key ? next : x)) })}
          onRemove={() => set({ targets: draft.targets.filter((x) => x.key !== target.key) })}
        />
      ))}
      <p>
        <button
          type="button"
          className="button-outline"
          onClick={() => set({ targets: [...draft.targets, emptyTarget()] })}
        >
          {t('plans.addTarget')}
        </button>
      </p>
      {error !== null && <ErrorAlert error={error} withFieldErrors={unplaced.length > 0} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
          {t('plans.save')}
        </button>
        <a href={plan ? routeHref('plans', plan.id) : routeHref('plans')}>{t('common.cancel')}</a>
      </div>
    </form>
  );
}
