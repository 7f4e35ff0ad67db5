// Shapes of the API payloads used by the back office (docs/CONTRACTS.md).

export const ROLES = [
  'ministry_admin',
  'province_officer',
  'commune_officer',
  'council_member',
  'producer',
] as const;

export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  communeCode: string | null;
  isActive: boolean;
}

export interface SessionPayload {
  user: User;
  csrfToken: string;
}

export interface Province {
  code: string;
  name: string;
  type: string;
}

export interface Commune {
  code: string;
  name: string;
  type: string;
  fullName: string;
  provinceCode: string;
}

export type ResolveVia = '2025' | 'pre2025-mapping';

export interface ResolveMatch {
  communeCode: string;
  communeName: string;
  provinceCode: string;
  provinceName: string;
  via: ResolveVia;
}

export interface ResolveResult {
  matches: ResolveMatch[];
  ambiguous: boolean;
}

export interface ListResponse<T> {
  items: T[];
}
