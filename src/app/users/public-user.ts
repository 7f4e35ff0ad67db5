import type { UserRow } from '../../db/repositories/users.repository.ts';
import type { Actor, Role } from '../../domain/auth/roles.ts';

export type PublicUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  communeCode: string | null;
  producerId: string | null;
  email: string | null;
  isActive: boolean;
};

/** What of a user may leave the server (never the hash or the lock-out counters). */
export function toPublicUser(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    producerId: row.producerId,
    email: row.email,
    isActive: row.isActive,
  };
}

export function toActor(row: UserRow): Actor {
  return {
    id: row.id,
    role: row.role as Role,
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    producerId: row.producerId,
  };
}
