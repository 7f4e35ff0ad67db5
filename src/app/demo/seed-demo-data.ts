import { listProducers } from '../../db/repositories/producers.repository.ts';
import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import type { AppDeps } from '../deps.ts';
import { createUser } from '../users/create-user.ts';
import { DEMO_ACCOUNTS, DEMO_COMMUNE_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';

/**
 * A real producer of Tuyên Quang for the demo producer account (the first in Vietnamese order of the demo
 * import); the demo commune officer works in its commune, so the two meet over a dossier.
 */
async function demoProducer(deps: AppDeps) {
  const { items } = await listProducers(deps.db, {
    scope: { kind: 'province', provinceCode: '08' },
    includeArchived: false,
    limit: 1,
    offset: 0,
  });
  return items[0] ?? null;
}

/** Creates the demo accounts that do not exist yet (re-runnable). Returns the usernames created. */
export async function seedDemoData(deps: AppDeps): Promise<string[]> {
  const created: string[] = [];
  const firstCommuneOf = (provinceCode: string) => deps.adminUnits.communes2025Of(provinceCode)[0]?.code;
  const producer = await demoProducer(deps);
  const accounts = [
    ...DEMO_ACCOUNTS,
    ...DEMO_COMMUNE_ACCOUNTS.map((a) =>
      a.role === 'producer' && producer
        ? { ...a, producerId: producer.id, provinceCode: undefined }
        : { ...a, communeCode: producer?.communeCode ?? firstCommuneOf(a.provinceCode) },
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
