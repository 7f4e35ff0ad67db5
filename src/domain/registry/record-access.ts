import type { Actor } from '../auth/roles.ts';
import { isWithinScope } from '../auth/scope.ts';
import { DomainError } from '../errors.ts';

/** A registry record as far as access is concerned: where it is and whose it is. */
export type RegistryRecordScope = Readonly<{ provinceCode: string; communeCode: string; producerId: string }>;

/**
 * Who may see or change a producer or product: the ministry everywhere, province and commune roles in
 * their unit, a council member in their province (read), a producer account only its own records.
 */
export function canAccessRecord(actor: Actor, record: RegistryRecordScope): boolean {
  if (actor.role === 'producer') return actor.producerId === record.producerId;
  return isWithinScope(actor, record);
}

export function assertCanAccessRecord(actor: Actor, record: RegistryRecordScope): void {
  if (!canAccessRecord(actor, record)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Hồ sơ này thuộc địa bàn hoặc chủ thể khác.');
  }
}

/** The SQL-side filter for lists: which unit (or producer) the actor's lists are limited to. */
export type ListScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'commune'; communeCode: string }
  | { kind: 'producer'; producerId: string }
  | { kind: 'none' };

export function listScopeOf(actor: Actor): ListScope {
  switch (actor.role) {
    case 'ministry_admin':
    case 'ministry_leader':
      return { kind: 'all' };
    case 'province_officer':
    case 'province_leader':
      return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : { kind: 'none' };
    case 'council_member':
      return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : { kind: 'all' };
    case 'commune_officer':
      return actor.communeCode ? { kind: 'commune', communeCode: actor.communeCode } : { kind: 'none' };
    case 'producer':
      return actor.producerId ? { kind: 'producer', producerId: actor.producerId } : { kind: 'none' };
  }
}
