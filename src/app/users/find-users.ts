import { findUserById, listUsers } from '../../db/repositories/users.repository.ts';
import type { Actor, Role } from '../../domain/auth/roles.ts';
import { assertWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { type PublicUser, toPublicUser } from './public-user.ts';

export type ListUsersInput = {
  role?: Role | undefined;
  provinceCode?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
};

/** Users the actor may see: the whole country for the ministry, their own province otherwise. */
export async function findUsers(
  deps: AppDeps,
  actor: Actor,
  input: ListUsersInput,
): Promise<{ items: PublicUser[]; total: number }> {
  let provinceCode = input.provinceCode;
  if (actor.role !== 'ministry_admin') {
    if (provinceCode && provinceCode !== actor.provinceCode) {
      throw new DomainError('FORBIDDEN_SCOPE', 'Bạn chỉ xem được người dùng thuộc tỉnh của mình.');
    }
    provinceCode = actor.provinceCode ?? '\u0000none';
  }
  const { items, total } = await listUsers(deps.db, {
    role: input.role,
    provinceCode,
    q: input.q?.trim() || undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: items.map(toPublicUser), total };
}

export async function getUser(deps: AppDeps, actor: Actor, userId: string): Promise<PublicUser> {
  const row = await findUserById(deps.db, userId);
  if (!row) throw new DomainError('USER_NOT_FOUND', 'Không tìm thấy người dùng.');
  const user = toPublicUser(row);
  if (actor.id !== user.id) assertWithinScope(actor, user);
  return user;
}
