import { listDecisionRows } from '../../db/repositories/decisions.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { AppDeps } from '../deps.ts';
import { canSeeDecision } from './decision-view.ts';

export async function listDecisions(deps: AppDeps, actor: Actor) {
  const rows = await listDecisionRows(deps.db);
  return rows
    .filter((d) => canSeeDecision(actor, d))
    .map((d) => ({
      id: d.id,
      level: d.level,
      provinceCode: d.provinceCode,
      status: d.status,
      title: d.title,
      number: d.number,
      signedOn: d.signedOn,
      createdAt: d.createdAt.toISOString(),
    }));
}
