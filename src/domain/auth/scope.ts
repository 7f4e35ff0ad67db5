import { DomainError } from '../errors.ts';
import type { Actor, Role } from './roles.ts';

export type UnitScope = Readonly<{ provinceCode: string | null; communeCode: string | null }>;

/**
 * Whether `actor` may see or act on something located in `target`.
 * Ministry staff see the whole country; province roles their province; commune roles their commune.
 * A council member with no province sits on the central (ministry) council and sees every province.
 */
export function isWithinScope(actor: Actor, target: UnitScope): boolean {
  switch (actor.role) {
    case 'ministry_admin':
    case 'ministry_leader':
      return true;
    case 'province_officer':
    case 'province_leader':
      return actor.provinceCode !== null && actor.provinceCode === target.provinceCode;
    case 'council_member':
      return actor.provinceCode === null || actor.provinceCode === target.provinceCode;
    case 'commune_officer':
    case 'producer':
      return actor.communeCode !== null && actor.communeCode === target.communeCode;
  }
}

export function assertWithinScope(actor: Actor, target: UnitScope): void {
  if (!isWithinScope(actor, target)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn không có quyền với dữ liệu thuộc địa bàn khác.');
  }
}

/** What administrative unit a role must (or must not) be attached to. */
export function requiredScopeFor(role: Role): {
  province: 'required' | 'optional' | 'none';
  commune: boolean;
} {
  switch (role) {
    case 'ministry_admin':
    case 'ministry_leader':
      return { province: 'none', commune: false };
    case 'province_officer':
    case 'province_leader':
      return { province: 'required', commune: false };
    case 'council_member':
      return { province: 'optional', commune: false };
    case 'commune_officer':
    case 'producer':
      return { province: 'required', commune: true };
  }
}

/** Validates the role ↔ unit pairing of a user record; returns the problems in Vietnamese. */
export function roleScopeProblems(role: Role, scope: UnitScope): string[] {
  const rule = requiredScopeFor(role);
  const problems: string[] = [];
  if (rule.province === 'required' && !scope.provinceCode) problems.push('Vai trò này cần mã tỉnh.');
  if (rule.province === 'none' && scope.provinceCode) problems.push('Vai trò này không gắn với tỉnh.');
  if (rule.commune && !scope.communeCode) problems.push('Vai trò này cần mã xã.');
  if (!rule.commune && scope.communeCode) problems.push('Vai trò này không gắn với xã.');
  return problems;
}
