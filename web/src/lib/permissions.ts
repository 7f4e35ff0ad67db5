import type { Role } from '../api/types';

// What the back office offers each role. It mirrors the server (src/domain/auth/roles.ts and the use cases),
// which enforces it anyway: the UI only hides actions that would be refused.

export type Capability =
  | 'registry:write'
  | 'producers:create'
  | 'products:create'
  | 'products:ocop-code'
  | 'certificates:write'
  | 'imports'
  /** Open a dossier for a product (the producer, or an officer on its behalf). */
  | 'dossiers:create'
  /** Set up councils, send dossiers to them and draft decisions (the OCOP offices). */
  | 'evaluation:manage'
  /** Sign recognition decisions (provincial chair, minister). */
  | 'decisions:sign'
  /** Sale points and trade-promotion events (fairs, exhibitions) of one's province; the ministry's anywhere. */
  | 'trade-promotion:manage'
  /** Marketplaces receiving the status webhooks: their secrets and deliveries (the ministry). */
  | 'marketplaces:manage'
  /** Programme dashboards, plans and their progress: one's province (the ministry: the country and every province). */
  | 'programme:read'
  /** Programme plans and targets: write them (the offices: ministry admins, province officers). */
  | 'programme:manage';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  ministry_admin: [
    'registry:write',
    'producers:create',
    'products:create',
    'products:ocop-code',
    'certificates:write',
    'imports',
    'evaluation:manage',
    'trade-promotion:manage',
    'marketplaces:manage',
    'programme:read',
    'programme:manage',
  ],
  ministry_leader: ['decisions:sign', 'programme:read'],
  province_officer: [
    'registry:write',
    'producers:create',
    'products:create',
    'products:ocop-code',
    'certificates:write',
    'imports',
    'dossiers:create',
    'evaluation:manage',
    'trade-promotion:manage',
    'programme:read',
    'programme:manage',
  ],
  province_leader: ['decisions:sign', 'programme:read'],
  commune_officer: [
    'registry:write',
    'producers:create',
    'products:create',
    'products:ocop-code',
    'dossiers:create',
  ],
  council_member: [],
  // A producer edits its own records, registers its own products and applies for their evaluation.
  producer: ['registry:write', 'products:create', 'dossiers:create'],
};

export function can(role: Role, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}

/** The fixed province and commune of a scoped user (null = free to choose). */
export interface UserScope {
  provinceCode: string | null;
  communeCode: string | null;
}

export const scopeOf = (user: { provinceCode: string | null; communeCode: string | null }): UserScope => ({
  provinceCode: user.provinceCode,
  communeCode: user.communeCode,
});
