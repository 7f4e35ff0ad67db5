import { listPlans, targetsOfPlans } from '../../db/repositories/plans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { loadReadablePlan } from './load-plan.ts';
import { type PlanView, planViewOf } from './plan-view.ts';

export type PlanSearch = { level?: 'province' | 'national' | undefined; province?: string | undefined };

const isMinistry = (actor: Actor) => actor.role === 'ministry_admin' || actor.role === 'ministry_leader';

/** The ministry sees every plan (filtered as asked); a province role its own province's plans. */
export async function findPlans(
  deps: AppDeps,
  actor: Actor,
  search: PlanSearch,
): Promise<{ items: PlanView[] }> {
  let filter: Parameters<typeof listPlans>[1];
  if (isMinistry(actor)) {
    filter = { level: search.level, provinceCode: search.province };
  } else {
    if ((search.province && search.province !== actor.provinceCode) || search.level === 'national') {
      throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được kế hoạch của tỉnh mình.');
    }
    filter = { level: 'province', provinceCode: actor.provinceCode ?? '-' };
  }
  const plans = await listPlans(deps.db, filter);
  const targets = await targetsOfPlans(
    deps.db,
    plans.map((p) => p.id),
  );
  return { items: plans.map((p) => planViewOf(deps.adminUnits, p, targets)) };
}

export async function getPlan(deps: AppDeps, actor: Actor, id: string): Promise<PlanView> {
  const plan = await loadReadablePlan(deps.db, actor, id);
  return planViewOf(deps.adminUnits, plan, await targetsOfPlans(deps.db, [id]));
}
