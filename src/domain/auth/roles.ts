export const ROLES = [
  'ministry_admin',
  'ministry_leader',
  'province_officer',
  'province_leader',
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
  /** Open rounds, set up councils, move dossiers through the office steps, prepare decisions. */
  'evaluation:manage',
  /** Sign recognition and revocation decisions (chair of the provincial People's Committee, minister). */
  'decisions:sign',
  /** Register marketplaces for status webhooks, rotate their secrets, see their deliveries (the ministry). */
  'marketplaces:manage',
  /** Sale points and trade-promotion events (fairs, exhibitions, supply–demand conferences) in one's scope. */
  'trade-promotion:manage',
  /** Programme records of one's scope: training courses and their participants, support given to producers. */
  'programme:manage',
  /** Plans, their progress and the dashboards of one's province (the ministry: every province, national). */
  'programme:read',
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
    'evaluation:manage',
    'marketplaces:manage',
    'trade-promotion:manage',
    'programme:manage',
    'programme:read',
  ],
  // The minister (or a deputy) signs 5★ recognitions and their revocations.
  ministry_leader: ['registry:read', 'audit:read', 'decisions:sign', 'programme:read'],
  province_officer: [
    'users:read',
    'users:write',
    'audit:read',
    'registry:read',
    'registry:write',
    'certificates:write',
    'registry:import',
    'evaluation:manage',
    'trade-promotion:manage',
    'programme:manage',
    'programme:read',
  ],
  // The chair of the provincial People's Committee (or the leader delegated) signs 3★/4★ decisions.
  province_leader: ['registry:read', 'audit:read', 'decisions:sign', 'programme:read'],
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
  ministry_leader: [],
  province_officer: ['province_officer', 'province_leader', 'commune_officer', 'council_member', 'producer'],
  province_leader: [],
  commune_officer: [],
  council_member: [],
  producer: [],
};

export function canManageRole(actorRole: Role, targetRole: Role): boolean {
  return MANAGEABLE_ROLES[actorRole].includes(targetRole);
}
