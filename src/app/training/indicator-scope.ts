import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';

/**
 * What a computed figure is about: a 2025 province or the whole country. Structurally the same as
 * ProgrammeScope of the indicators (src/domain/programme), so the dashboards pass theirs as is.
 */
export type IndicatorScope = Readonly<{ kind: 'national' } | { kind: 'province'; provinceCode: string }>;

export const provinceCodeOf = (scope: IndicatorScope): string | null =>
  scope.kind === 'province' ? scope.provinceCode : null;

/**
 * The scope of a figure the actor asks for: the ministry any province or (none asked) the country; a province
 * role its own province. Commune officers, council members and producers read the registry lists instead.
 */
export function indicatorScopeFor(
  actor: Actor,
  adminUnits: AdminUnitsIndex,
  provinceCode: string | undefined,
): IndicatorScope {
  if (provinceCode !== undefined && !adminUnits.province2025(provinceCode)) {
    throwIfInvalid([{ field: 'query.provinceCode', message: `Không có tỉnh/thành phố mã ${provinceCode}.` }]);
  }
  if (actor.role === 'ministry_admin' || actor.role === 'ministry_leader') {
    return provinceCode === undefined ? { kind: 'national' } : { kind: 'province', provinceCode };
  }
  if ((actor.role === 'province_officer' || actor.role === 'province_leader') && actor.provinceCode) {
    if (provinceCode !== undefined && provinceCode !== actor.provinceCode) {
      throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được số liệu của tỉnh mình.');
    }
    return { kind: 'province', provinceCode: actor.provinceCode };
  }
  throw new DomainError('FORBIDDEN', 'Số liệu tổng hợp dành cho Bộ và cán bộ cấp tỉnh.');
}
