import type { DbOrTx } from '../../db/client.ts';
import { findPlanById, type PlanRow } from '../../db/repositories/plans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanManageScope, assertCanReadScope } from '../../domain/programme/programme-scope.ts';
import { scopeOfPlan } from './plan-view.ts';

const notFound = () => new DomainError('PLAN_NOT_FOUND', 'Không tìm thấy kế hoạch.');

/** A plan the actor may read (404 when absent, 403 outside their scope). */
export async function loadReadablePlan(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  const plan = await findPlanById(db, id);
  if (!plan) throw notFound();
  assertCanReadScope(actor, scopeOfPlan(plan));
  return plan;
}

/** A plan the actor may change. */
export async function loadManageablePlan(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  const plan = await findPlanById(db, id);
  if (!plan) throw notFound();
  assertCanManageScope(actor, scopeOfPlan(plan));
  return plan;
}
