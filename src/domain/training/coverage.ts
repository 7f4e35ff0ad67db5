import type { Role } from '../auth/roles.ts';

/**
 * Accounts that count as OCOP officials (cán bộ quản lý OCOP) for "100% officials trained": the province's
 * office, its leaders and the commune officers; for the whole country the ministry's staff as well. Council
 * members (outside experts) and producer accounts are not officials.
 */
export const PROVINCE_OFFICIAL_ROLES = [
  'province_officer',
  'province_leader',
  'commune_officer',
] as const satisfies readonly Role[];
export const NATIONAL_OFFICIAL_ROLES = [
  ...PROVINCE_OFFICIAL_ROLES,
  'ministry_admin',
  'ministry_leader',
] as const satisfies readonly Role[];

export const isOfficialRole = (role: string): boolean =>
  (NATIONAL_OFFICIAL_ROLES as readonly string[]).includes(role);

/** A count against its base; `share` is null when there is no base (nothing to divide by). */
export type Coverage = { covered: number; total: number; share: number | null };

export function coverageOf(covered: number, total: number): Coverage {
  return { covered, total, share: total === 0 ? null : covered / total };
}
