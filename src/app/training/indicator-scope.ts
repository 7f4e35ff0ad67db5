import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { assertCanReadScope, type ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';

/** What a computed figure is about: a 2025 province or the whole country (the indicators' scope). */
export type IndicatorScope = ProgrammeScope;

export const provinceCodeOf = (scope: IndicatorScope): string | null =>
  scope.kind === 'province' ? scope.provinceCode : null;

/**
 * The scope of a figure the actor asks for: the province asked, else the actor's own province, else (the
 * ministry) the country; then the indicators' read rule (the ministry anything, a province role its own).
 */
export function indicatorScopeFor(
  actor: Actor,
  adminUnits: AdminUnitsIndex,
  provinceCode: string | undefined,
): IndicatorScope {
  if (provinceCode !== undefined && !adminUnits.province2025(provinceCode)) {
    throwIfInvalid([{ field: 'query.provinceCode', message: `Không có tỉnh/thành phố mã ${provinceCode}.` }]);
  }
  const code = provinceCode ?? actor.provinceCode ?? null;
  const scope: IndicatorScope =
    code === null ? { kind: 'national' } : { kind: 'province', provinceCode: code };
  assertCanReadScope(actor, scope);
  return scope;
}
