import type { Actor } from '../../domain/auth/roles.ts';
import { assertWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';

const isMinistry = (actor: Actor) => actor.role === 'ministry_admin' || actor.role === 'ministry_leader';

/** Sale points and trade events of a province are managed by its OCOP office; the ministry's everywhere. */
export function assertCanManageProvince(actor: Actor, provinceCode: string): void {
  assertWithinScope(actor, { provinceCode, communeCode: null });
}

/**
 * The province a back-office list is limited to: any (or the one asked) for the ministry and the central
 * council; the actor's own province for everyone else (asking for another is refused).
 */
export function provinceOfList(actor: Actor, requested: string | undefined): string | undefined {
  if (isMinistry(actor) || actor.provinceCode === null) return requested;
  if (requested && requested !== actor.provinceCode) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được dữ liệu của tỉnh mình.');
  }
  return actor.provinceCode;
}

/** Whether a record of `provinceCode` (null: national) shows in the actor's back-office. */
export function canReadProvince(actor: Actor, provinceCode: string | null): boolean {
  return (
    isMinistry(actor) ||
    actor.provinceCode === null ||
    provinceCode === null ||
    actor.provinceCode === provinceCode
  );
}
