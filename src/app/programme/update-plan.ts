import {
  deletePlanRow,
  replacePlanTargets,
  targetsOfPlans,
  updatePlanRow,
} from '../../db/repositories/plans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { assertCanManageScope } from '../../domain/programme/programme-scope.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadManageablePlan } from './load-plan.ts';
import { type PlanInput, planColumns, targetRows } from './plan-input.ts';
import { type PlanView, planViewOf, scopeOfPlan } from './plan-view.ts';

/** Any field; `targets`, when given, is the whole new list (a target keeps its id when it is sent back). */
export type PlanPatch = Partial<PlanInput>;

export async function updatePlan(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  patch: PlanPatch,
): Promise<PlanView> {
  const current = await loadManageablePlan(deps.db, actor, id);
  const columns = planColumns(deps, {
    level: current.level,
    provinceCode: current.provinceCode,
    name: current.name,
    decisionRef: current.decisionRef,
    periodFrom: current.periodFrom,
    periodTo: current.periodTo,
    ...patch,
  });
  assertCanManageScope(actor, scopeOfPlan(columns));
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const existing = await targetsOfPlans(tx, [id]);
    const before = planViewOf(deps.adminUnits, current, existing);
    if (patch.targets !== undefined) {
      const ids = new Set(existing.map((t) => t.id));
      await replacePlanTargets(tx, id, targetRows(id, patch.targets, ids, vietnamDate(now)));
    }
    const plan = await updatePlanRow(tx, id, { ...columns, updatedAt: now });
    const after = planViewOf(deps.adminUnits, plan, await targetsOfPlans(tx, [id]));
    await recordChange(tx, auditActor, now, {
      entity: 'programme_plan',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

export async function deletePlan(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
): Promise<void> {
  const current = await loadManageablePlan(deps.db, actor, id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = planViewOf(deps.adminUnits, current, await targetsOfPlans(tx, [id]));
    await deletePlanRow(tx, id);
    await recordChange(tx, auditActor, now, {
      entity: 'programme_plan',
      entityId: id,
      action: 'delete',
      before,
    });
  });
}
