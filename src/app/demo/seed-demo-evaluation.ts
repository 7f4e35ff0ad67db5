import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import { listCouncils } from '../councils/council-view.ts';
import { saveCouncil } from '../councils/save-council.ts';
import type { AppDeps } from '../deps.ts';
import { openDefaultRounds } from '../rounds/rounds.ts';
import { toActor } from '../users/public-user.ts';
import { DEMO_COUNCIL } from './demo-accounts.ts';

const DEMO_ACTOR = { id: null, label: 'system:demo-seed' };

/**
 * The demo province's evaluation set-up: its council (chair and three members) and this year's two rounds
 * (Art. 5). Re-runnable: nothing is created twice.
 */
export async function seedDemoEvaluation(deps: AppDeps): Promise<boolean> {
  const officeRow = await findUserByUsername(deps.db, DEMO_COUNCIL.office);
  if (!officeRow) return false;
  const office = toActor(officeRow);
  const year = deps.now().getUTCFullYear();
  await openDefaultRounds(deps, office, DEMO_ACTOR, { level: 'province', year });
  const existing = await listCouncils(deps.db, office, { level: 'province' });
  if (existing.some((c) => c.name === DEMO_COUNCIL.name)) return false;
  const members = [];
  for (const seat of DEMO_COUNCIL.seats) {
    const user = await findUserByUsername(deps.db, seat.username);
    if (user) members.push({ userId: user.id, role: seat.role, agency: seat.agency });
  }
  await saveCouncil(deps, office, DEMO_ACTOR, {
    level: 'province',
    name: DEMO_COUNCIL.name,
    establishedBy: DEMO_COUNCIL.establishedBy,
    members,
  });
  return true;
}
