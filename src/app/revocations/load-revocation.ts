import type { DbOrTx } from '../../db/client.ts';
import { findRevocationDetail } from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import { revocationCapacitiesOf } from '../../domain/revocation/revocation-rules.ts';
import type { RevocationCapacity } from '../../domain/revocation/revocation-transitions.ts';
import { type RevocationView, toRevocationView } from './revocation-view.ts';

/** 403 for a case outside the actor's role or province (the ministry sees every province). */
export function assertSeesRevocation(capacities: readonly RevocationCapacity[]): void {
  if (capacities.length === 0) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Hồ sơ thu hồi này thuộc tỉnh khác hoặc ngoài vai trò của bạn.');
  }
}

/** One case as the actor sees it: 404 when missing, 403 outside their role or province. */
export async function loadRevocationView(
  db: DbOrTx,
  actor: Actor,
  id: string,
  today: IsoDate,
): Promise<RevocationView> {
  const detail = await findRevocationDetail(db, id);
  if (!detail) throw new DomainError('REVOCATION_NOT_FOUND', 'Không tìm thấy hồ sơ thu hồi.');
  const capacities = revocationCapacitiesOf(actor, detail.revocation.provinceCode);
  assertSeesRevocation(capacities);
  return toRevocationView(detail, capacities, today);
}
