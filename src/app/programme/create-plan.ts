import { randomUUID } from 'node:crypto';
import { insertPlan, replacePlanTargets, targetsOfPlans } from '../../db/repositories/plans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { assertCanManageScope } from '../../domain/programme/programme-scope.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type PlanInput, planColumns, targetRows } from './plan-input.ts';
import { type PlanView, planViewOf, scopeOfPlan } from './plan-view.ts';

/** Records a plan with its targets: a province officer for their province, the ministry for any or national. */
export async function createPlan(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: PlanInput,
): Promise<PlanView> {
  const columns = planColumns(deps, input);
  assertCanManageScope(actor, scopeOfPlan(columns));
  const now = deps.now();
  const id = randomUUID();
  const targets = targetRows(id, input.targets ?? [], new Set(), vietnamDate(now));
  return deps.db.transaction(async (tx) => {
    const plan = await insertPlan(tx, {
      ...columns,
      id,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await replacePlanTargets(tx, id, targets);
    const view = planViewOf(deps.adminUnits, plan, await targetsOfPlans(tx, [id]));
    await recordChange(tx, auditActor, now, {
      entity: 'programme_plan',
      entityId: id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
