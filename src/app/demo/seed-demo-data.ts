import { listProducers } from '../../db/repositories/producers.repository.ts';
import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import type { AppDeps } from '../deps.ts';
import { createUser } from '../users/create-user.ts';
import { DEMO_ACCOUNTS, DEMO_COMMUNE_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';

/** A real producer for the demo producer account: the first (in Vietnamese order) of the demo import. */
async function demoProducerId(deps: AppDeps): Promise<string | null> {
  const { items } = await listProducers(deps.db, {
    scope: { kind: 'all' },
    includeArchived: false,
    limit: 1,
    offset: 0,
  });
  return items[0]?.id ?? null;
}

/** Creates the demo accounts that do not exist yet (re-runnable). Returns the usernames created. */
export async function seedDemoData(deps: AppDeps): Promise<string[]> {
  const created: string[] = [];
  const firstCommuneOf = (provinceCode: string) => deps.adminUnits.communes2025Of(provinceCode)[0]?.code;
  const producerId = await demoProducerId(deps);
  const accounts = [
    ...DEMO_ACCOUNTS,
    ...DEMO_COMMUNE_ACCOUNTS.map((a) =>
      a.role === 'producer' && producerId
        ? { ...a, producerId, provinceCode: undefined }
        : { ...a, communeCode: firstCommuneOf(a.provinceCode) },
    ),
  ];
  for (const account of accounts) {
    if (await findUserByUsername(deps.db, account.username)) continue;
    await createUser(
      deps,
      null,
      { id: null, label: 'system:demo-seed' },
      { ...account, password: DEMO_PASSWORD },
    );
    created.push(account.username);
  }
  return created;
}
