import type { Role } from '../auth/roles.ts';

/**
 * Accounts counted as OCOP officials (cán bộ quản lý OCOP) for "100% officials trained": the province's
 * OCOP office and the commune officers, in the province or the whole country. Leaders who sign, council
 * members (outside experts), ministry staff and producer accounts are not in the base (the indicators of
 * src/domain/programme count the same way).
 */
export const OFFICIAL_ROLES = ['province_officer', 'commune_officer'] as const satisfies readonly Role[];

export const isOfficialRole = (role: string): boolean => (OFFICIAL_ROLES as readonly string[]).includes(role);

/** A count against its base; `share` is null when there is no base (nothing to divide by). */
export type Coverage = { covered: number; total: number; share: number | null };

export function coverageOf(covered: number, total: number): Coverage {
  return { covered, total, share: total === 0 ? null : covered / total };
}
