export const ROLES = [
  'ministry_admin',
  'province_officer',
  'commune_officer',
  'council_member',
  'producer',
] as const;
export type Role = (typeof ROLES)[number];

/** The parts of a user that decide what they may do. */
export type Actor = Readonly<{
  id: string;
  role: Role;
  provinceCode: string | null;
  communeCode: string | null;
  /** For role `producer`: the producer (chủ thể) the account acts for. */
  producerId?: string | null;
}>;

export const PERMISSIONS = [
  'users:read',
  'users:write',
  'audit:read',
  'registry:read',
  'registry:write',
  'certificates:write',
  'criteria:regrade',
  'registry:import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ministry_admin: [
    'users:read',
    'users:write',
    'audit:read',
    'registry:read',
    'registry:write',
    'certificates:write',
    'registry:import',
    // What-if regrading of stored council evaluations under a draft criteria set (the ministry's call).
    'criteria:regrade',
  ],
  province_officer: [
    'users:read',
    'users:write',
    'audit:read',
    'registry:read',
    'registry:write',
    'certificates:write',
    'registry:import',
  ],
  commune_officer: ['registry:read', 'registry:write'],
  council_member: ['registry:read'],
  // A producer reads and edits only its own records (checked in the use cases).
  producer: ['registry:read', 'registry:write'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Which roles a user of each role may create or manage (always inside their own scope). */
const MANAGEABLE_ROLES: Record<Role, readonly Role[]> = {
  ministry_admin: ROLES,
  province_officer: ['province_officer', 'commune_officer', 'council_member', 'producer'],
  commune_officer: [],
  council_member: [],
  producer: [],
};

export function canManageRole(actorRole: Role, targetRole: Role): boolean {
  return MANAGEABLE_ROLES[actorRole].includes(targetRole);
}
