// What a plan, an indicator or a dashboard is about (a 2025 province, or the whole country) and who may see
// or change it. Routes already require `programme:read` / `programme:manage` (ministry and province roles);
// this is the administrative scope on top (ADR 0015). Commune officers, council members and producers hold
// neither permission: their own slice is the registry lists.
import type { Actor } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';

export type ProgrammeScope = Readonly<{ kind: 'national' } | { kind: 'province'; provinceCode: string }>;

export const NATIONAL: ProgrammeScope = { kind: 'national' };
export const provinceScope = (provinceCode: string): ProgrammeScope => ({ kind: 'province', provinceCode });

const isMinistry = (actor: Actor): boolean =>
  actor.role === 'ministry_admin' || actor.role === 'ministry_leader';
const isProvinceRole = (actor: Actor): boolean =>
  actor.role === 'province_officer' || actor.role === 'province_leader';

/** The ministry sees every province and the country; a province role its own province only. */
export function canReadScope(actor: Actor, scope: ProgrammeScope): boolean {
  if (isMinistry(actor)) return true;
  return isProvinceRole(actor) && scope.kind === 'province' && actor.provinceCode === scope.provinceCode;
}

/** The ministry's admins set national and province plans; a province officer its own province's plans. */
export function canManageScope(actor: Actor, scope: ProgrammeScope): boolean {
  if (actor.role === 'ministry_admin') return true;
  return (
    actor.role === 'province_officer' &&
    scope.kind === 'province' &&
    actor.provinceCode === scope.provinceCode
  );
}

export function assertCanReadScope(actor: Actor, scope: ProgrammeScope): void {
  if (!canReadScope(actor, scope)) {
    const detail =
      scope.kind === 'national'
        ? 'Số liệu toàn quốc chỉ dành cho Bộ.'
        : 'Bạn chỉ xem được kế hoạch và số liệu của tỉnh mình.';
    throw new DomainError('FORBIDDEN_SCOPE', detail);
  }
}

export function assertCanManageScope(actor: Actor, scope: ProgrammeScope): void {
  if (!canManageScope(actor, scope)) {
    const detail =
      scope.kind === 'national'
        ? 'Kế hoạch toàn quốc do Bộ lập.'
        : 'Bạn chỉ lập và sửa kế hoạch của tỉnh mình.';
    throw new DomainError('FORBIDDEN_SCOPE', detail);
  }
}
