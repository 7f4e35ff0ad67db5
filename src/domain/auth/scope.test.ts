import { describe, expect, it } from 'vitest';
import { canManageRole, hasPermission, type Role } from './roles.ts';
import { isWithinScope, roleScopeProblems } from './scope.ts';

const actor = (role: Role, provinceCode: string | null, communeCode: string | null = null) => ({
  id: 'a',
  role,
  provinceCode,
  communeCode,
});

describe('isWithinScope', () => {
  it.each([
    [actor('ministry_admin', null), { provinceCode: '82', communeCode: null }, true],
    [actor('province_officer', '08'), { provinceCode: '08', communeCode: '02245' }, true],
    [actor('province_officer', '08'), { provinceCode: '82', communeCode: null }, false],
    [actor('province_officer', '08'), { provinceCode: null, communeCode: null }, false],
    [actor('council_member', '08'), { provinceCode: '08', communeCode: null }, true],
    [actor('council_member', '08'), { provinceCode: '19', communeCode: null }, false],
    [actor('council_member', null), { provinceCode: '19', communeCode: null }, true],
    [actor('commune_officer', '08', '02245'), { provinceCode: '08', communeCode: '02245' }, true],
    [actor('commune_officer', '08', '02245'), { provinceCode: '08', communeCode: '02248' }, false],
    [actor('producer', '08', '02245'), { provinceCode: '08', communeCode: null }, false],
  ])('%o on %o → %s', (who, target, expected) => {
    expect(isWithinScope(who, target)).toBe(expected);
  });
});

describe('roleScopeProblems', () => {
  it.each([
    ['ministry_admin', null, null, 0],
    ['ministry_admin', '08', null, 1],
    ['province_officer', null, null, 1],
    ['province_officer', '08', '02245', 1],
    ['commune_officer', '08', null, 1],
    ['commune_officer', '08', '02245', 0],
    ['council_member', null, null, 0],
    ['producer', null, null, 2],
  ] as const)('%s with province %s commune %s → %i problems', (role, provinceCode, communeCode, count) => {
    expect(roleScopeProblems(role, { provinceCode, communeCode })).toHaveLength(count);
  });
});

describe('permissions', () => {
  it.each([
    ['ministry_admin', 'users:write', true],
    ['province_officer', 'users:read', true],
    ['commune_officer', 'users:read', false],
    ['producer', 'audit:read', false],
  ] as const)('%s has %s: %s', (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it('a province officer cannot create ministry admins; the ministry can create anyone', () => {
    expect(canManageRole('province_officer', 'ministry_admin')).toBe(false);
    expect(canManageRole('province_officer', 'commune_officer')).toBe(true);
    expect(canManageRole('ministry_admin', 'ministry_admin')).toBe(true);
    expect(canManageRole('producer', 'producer')).toBe(false);
  });
});
