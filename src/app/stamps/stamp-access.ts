import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * Stamps, copy flags and misuse reports are the work of the OCOP offices: a province's office for its
 * province, the ministry for every province (and for reports no province could be found for). The route's
 * permission ('certificates:write') already limits the roles; this names the province an actor works on.
 * Returns null for the ministry (every province).
 */
export function officeProvinceOf(actor: Actor): string | null {
  if (actor.role === 'ministry_admin' || actor.role === 'ministry_leader') return null;
  if ((actor.role === 'province_officer' || actor.role === 'province_leader') && actor.provinceCode) {
    return actor.provinceCode;
  }
  throw new DomainError('FORBIDDEN', 'Chỉ cơ quan OCOP cấp tỉnh và cấp Bộ quản lý tem OCOP.');
}

/** 403 unless the actor's office covers the province (null = the ministry's own cases). */
export function assertOfficeCovers(actor: Actor, provinceCode: string | null): void {
  const own = officeProvinceOf(actor);
  if (own !== null && own !== provinceCode) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Dữ liệu này thuộc tỉnh khác.');
  }
}

/** The province a list is limited to: the actor's own, or for the ministry the filter (if any). */
export function listProvinceOf(actor: Actor, requested: string | undefined): string | null {
  const own = officeProvinceOf(actor);
  if (own === null) return requested ?? null;
  if (requested && requested !== own) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được dữ liệu của tỉnh mình.');
  }
  return own;
}
