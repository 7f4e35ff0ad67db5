import type { ReportPlan } from '../../documents/report-types.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { IndicatorWindow } from '../../domain/programme/indicator-result.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import { findPlans } from '../programme/find-plans.ts';
import { type PlanProgress, planProgress } from '../programme/plan-progress.ts';
import { reportIndicatorOf } from './indicator-words.ts';

function reportPlanOf(progress: PlanProgress): ReportPlan {
  const { plan } = progress;
  return {
    name: plan.name,
    decisionRef: plan.decisionRef,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    measuredOn: progress.measuredOn,
    targets: progress.targets.map(({ target, actual, progress: p }) => ({
      wording: target.wording,
      actual: reportIndicatorOf(actual),
      comparator: target.comparator,
      target: target.targetValue,
      progressPercent: p.progressPercent,
      met: p.met,
      paceNeededPerMonth: p.paceNeededPerMonth,
      forecast: p.forecast,
      forecastMet: p.forecastMet,
    })),
  };
}

/**
 * The plans of the scope (a province's own plans, or the national plans) whose period overlaps the report's,
 * each with its targets' progress measured on the report's asOf (kept within the plan's period).
 */
export async function coveringPlans(
  deps: AppDeps,
  actor: Actor,
  scope: ProgrammeScope,
  window: IndicatorWindow,
): Promise<ReportPlan[]> {
  const search =
    scope.kind === 'national'
      ? { level: 'national' as const }
      : { level: 'province' as const, province: scope.provinceCode };
  const { items } = await findPlans(deps, actor, search);
  const plans: ReportPlan[] = [];
  for (const plan of items) {
    if (plan.periodFrom > window.to || plan.periodTo < window.from) continue;
    plans.push(reportPlanOf(await planProgress(deps, actor, plan.id, window.asOf)));
  }
  return plans;
}
