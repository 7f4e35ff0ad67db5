import type { Role } from '../api/types';

// What the back office offers each role. It mirrors the server (src/domain/auth/roles.ts and the use cases),
// which enforces it anyway: the UI only hides actions that would be refused.

export type Capability =
  | 'registry:write'
  | 'producers:create'
  | 'products:create'
  | 'products:ocop-code'
  | 'certificates:write'
  | 'imports';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  ministry_admin: [
    'registry:write',
    'producers:create',
    'products:create',
    'products:ocop-code',
    'certificates:write',
    'imports',
  ],
  province_officer: [
    'registry:write',
    'producers:create',
    'products:create',
    'products:ocop-code',
    'certificates:write',
    'imports',
  ],
  commune_officer: ['registry:write', 'producers:create', 'products:create', 'products:ocop-code'],
  council_member: [],
  // A producer edits its own records and registers its own products, nothing else.
  producer: ['registry:write', 'products:create'],
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
