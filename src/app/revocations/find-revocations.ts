import { listRevocations } from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { revocationCapacitiesOf } from '../../domain/revocation/revocation-rules.ts';
import type { RevocationState } from '../../domain/revocation/revocation-transitions.ts';
import type { AppDeps } from '../deps.ts';
import { loadRevocationView } from './load-revocation.ts';
import { type RevocationView, toRevocationView } from './revocation-view.ts';

export type RevocationSearch = {
  state?: RevocationState | undefined;
  /** Only open cases past their 15-day due day. */
  overdue?: boolean | undefined;
  province?: string | undefined;
  page: number;
  pageSize: number;
};

/** The province a list is limited to: the actor's own for province roles, any (or the filter) for the ministry. */
function provinceOfList(actor: Actor, requested: string | undefined): string | null {
  if (actor.role === 'ministry_admin' || actor.role === 'ministry_leader') return requested ?? null;
  const isProvinceRole = actor.role === 'province_officer' || actor.role === 'province_leader';
  if (!isProvinceRole || !actor.provinceCode) {
    throw new DomainError('FORBIDDEN', 'Chỉ cơ quan OCOP và lãnh đạo tỉnh, Bộ xem được hồ sơ thu hồi.');
  }
  if (requested && requested !== actor.provinceCode) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được hồ sơ thu hồi của tỉnh mình.');
  }
  return actor.provinceCode;
}

/** Revocation cases in the actor's scope, newest first. */
export async function findRevocations(
  deps: AppDeps,
  actor: Actor,
  search: RevocationSearch,
): Promise<{ items: RevocationView[]; total: number }> {
  const today = vietnamDate(deps.now());
  const { rows, total } = await listRevocations(deps.db, {
    provinceCode: provinceOfList(actor, search.province),
    state: search.state,
    overdueOn: search.overdue ? today : undefined,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  const items = rows.map((row) =>
    toRevocationView(row, revocationCapacitiesOf(actor, row.revocation.provinceCode), today),
  );
  return { items, total };
}

export async function getRevocation(deps: AppDeps, actor: Actor, id: string): Promise<RevocationView> {
  return loadRevocationView(deps.db, actor, id, vietnamDate(deps.now()));
}
