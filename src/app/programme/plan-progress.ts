import { type PlanRow, targetsOfPlans } from '../../db/repositories/plans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { indicatorDefinition } from '../../domain/programme/indicator-catalogue.ts';
import {
  type IndicatorRequest,
  type IndicatorResult,
  manualResult,
} from '../../domain/programme/indicator-result.ts';
import { type TargetProgress, targetProgress } from '../../domain/programme/target-progress.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { computeIndicators, type IndicatorDeps } from './compute-indicators.ts';
import { loadReadablePlan } from './load-plan.ts';
import { type PlanTargetView, type PlanView, planViewOf, scopeOfPlan } from './plan-view.ts';
import { assertValidWindow } from './programme-window.ts';

export type TargetProgressView = {
  target: PlanTargetView;
  /** The value measured: computed from the data, or the manual value where the indicator allows one. */
  actual: IndicatorResult;
  /** The value on the first day of the period (stock indicators), 0 for flows, null without history. */
  startValue: number | null;
  progress: TargetProgress;
};

export type PlanProgress = {
  plan: PlanView;
  /** The day asked for (default today). */
  asOf: string;
  /** The day measured: asOf kept within the plan's period (a plan is judged at its end at the latest). */
  measuredOn: string;
  targets: TargetProgressView[];
};

const clamp = (day: string, from: string, to: string) => (day < from ? from : day > to ? to : day);

/**
 * Each target of a plan with its actual value, progress, the pace needed per month to reach it by the end of
 * the period and a forecast at the pace since the period start.
 */
export async function planProgress(
  deps: AppDeps,
  actor: Actor,
  planId: string,
  asOf?: string,
): Promise<PlanProgress> {
  const plan = await loadReadablePlan(deps.db, actor, planId);
  const day = asOf ?? vietnamDate(deps.now());
  assertValidWindow({ asOf: day, from: day, to: day });
  return progressOfPlan(deps, plan, day);
}

/** The progress of a plan already loaded (and allowed) on `day`: for the screens and the monthly alerts. */
export async function progressOfPlan(deps: IndicatorDeps, plan: PlanRow, day: string): Promise<PlanProgress> {
  const view = planViewOf(deps.adminUnits, plan, await targetsOfPlans(deps.db, [plan.id]));
  const measuredOn = clamp(day, plan.periodFrom, plan.periodTo);
  const scope = scopeOfPlan(plan);
  const computed = view.targets.filter((t) => !t.manualOnly);
  const requestOf = (t: PlanTargetView): IndicatorRequest => ({ code: t.indicator, params: t.params });
  const stock = computed.filter((t) => indicatorDefinition(t.indicator).kind === 'stock');
  const [now, atStart] = await Promise.all([
    computeIndicators(
      deps,
      scope,
      { asOf: measuredOn, from: plan.periodFrom, to: measuredOn },
      computed.map(requestOf),
    ),
    computeIndicators(
      deps,
      scope,
      { asOf: plan.periodFrom, from: plan.periodFrom, to: plan.periodFrom },
      stock.map(requestOf),
    ),
  ]);
  const targets = view.targets.map((target): TargetProgressView => {
    const kind = indicatorDefinition(target.indicator).kind;
    const actual = target.manualOnly
      ? manualResult(target.indicator, target.params, target.manualValue, target.manualAsOf)
      : (now[computed.indexOf(target)] as IndicatorResult);
    const startValue = target.manualOnly
      ? null
      : kind === 'flow'
        ? 0
        : kind === 'stock'
          ? (atStart[stock.indexOf(target)]?.value ?? null)
          : null;
    const progress = targetProgress({
      comparator: target.comparator,
      target: target.targetValue,
      unit: target.unit,
      kind,
      actual: actual.value,
      startValue,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      asOf: measuredOn,
    });
    return { target, actual, startValue, progress };
  });
  return { plan: view, asOf: day, measuredOn, targets };
}
