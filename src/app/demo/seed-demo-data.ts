import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import type { AppDeps } from '../deps.ts';
import { createUser } from '../users/create-user.ts';
import { DEMO_ACCOUNTS, DEMO_COMMUNE_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';

/** Creates the demo accounts that do not exist yet (re-runnable). Returns the usernames created. */
export async function seedDemoData(deps: AppDeps): Promise<string[]> {
  const created: string[] = [];
  const firstCommuneOf = (provinceCode: string) => deps.adminUnits.communes2025Of(provinceCode)[0]?.code;
  const accounts = [
    ...DEMO_ACCOUNTS,
    ...DEMO_COMMUNE_ACCOUNTS.map((a) => ({ ...a, communeCode: firstCommuneOf(a.provinceCode) })),
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
