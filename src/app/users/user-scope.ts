import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { roleScopeProblems, type UnitScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * Checks that the administrative unit given for a user exists and fits the role. A commune implies
 * its province, which is filled in when omitted.
 */
export function normaliseUserScope(
  adminUnits: AdminUnitsIndex,
  role: Role,
  requested: { provinceCode?: string | null | undefined; communeCode?: string | null | undefined },
): UnitScope {
  const communeCode = requested.communeCode ?? null;
  let provinceCode = requested.provinceCode ?? null;
  if (communeCode) {
    const commune = adminUnits.commune2025(communeCode);
    if (!commune) throw new DomainError('ADMIN_UNIT_NOT_FOUND', `Không có xã/phường mã ${communeCode}.`);
    if (provinceCode && provinceCode !== commune.provinceCode) {
      throw new DomainError(
        'INVALID_ROLE_SCOPE',
        `Xã/phường ${commune.fullName} không thuộc tỉnh mã ${provinceCode}.`,
      );
    }
    provinceCode = commune.provinceCode;
  }
  if (provinceCode && !adminUnits.province2025(provinceCode)) {
    throw new DomainError('ADMIN_UNIT_NOT_FOUND', `Không có tỉnh/thành phố mã ${provinceCode}.`);
  }
  const scope = { provinceCode, communeCode };
  const problems = roleScopeProblems(role, scope);
  if (problems.length > 0) throw new DomainError('INVALID_ROLE_SCOPE', problems.join(' '));
  return scope;
}
