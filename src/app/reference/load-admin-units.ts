import type { Db } from '../../db/client.ts';
import {
  findReferenceVersion,
  saveReferenceVersion,
  upsertAdminUnits,
} from '../../db/repositories/admin-units.repository.ts';
import type { AdminUnitsData } from '../../domain/admin-units/types.ts';
import { recordChange } from '../audit/record-change.ts';
import { SYSTEM_ACTOR } from '../deps.ts';

export const ADMIN_UNITS_DATASET = 'admin-units';

/**
 * Loads the shipped administrative units into the database when they are not there yet or changed
 * (compared by fingerprint). One transaction: a failed load leaves the previous version intact.
 */
export async function loadAdminUnits(
  db: Db,
  data: AdminUnitsData,
  fingerprint: string,
  now: Date,
): Promise<{ loaded: boolean; rowCount: number }> {
  const current = await findReferenceVersion(db, ADMIN_UNITS_DATASET);
  if (current === fingerprint) return { loaded: false, rowCount: 0 };
  const rowCount = await db.transaction(async (tx) => {
    const count = await upsertAdminUnits(tx, data);
    await saveReferenceVersion(tx, {
      name: ADMIN_UNITS_DATASET,
      fingerprint,
      rowCount: count,
      loadedAt: now,
    });
    await recordChange(tx, SYSTEM_ACTOR, now, {
      entity: 'reference_data',
      entityId: ADMIN_UNITS_DATASET,
      action: 'load',
      before: current ? { fingerprint: current } : null,
      after: { fingerprint, rowCount: count },
    });
    return count;
  });
  return { loaded: true, rowCount };
}
