import { deleteSessionsOfUser } from '../../db/repositories/sessions.repository.ts';
import { findUserById, updateUser as updateUserRow } from '../../db/repositories/users.repository.ts';
import { passwordProblems } from '../../domain/auth/password-policy.ts';
import { type Actor, canManageRole } from '../../domain/auth/roles.ts';
import { assertWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type PublicUser, toPublicUser } from './public-user.ts';

export type UpdateUserInput = {
  displayName?: string | undefined;
  isActive?: boolean | undefined;
  password?: string | undefined;
  email?: string | null | undefined;
};

/** Renames, (de)activates or resets the password of a user in the actor's scope; sessions end on reset. */
export async function updateUser(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  userId: string,
  input: UpdateUserInput,
): Promise<PublicUser> {
  const existing = await findUserById(deps.db, userId);
  if (!existing) throw new DomainError('USER_NOT_FOUND', 'Không tìm thấy người dùng.');
  const before = toPublicUser(existing);
  assertWithinScope(actor, before);
  if (!canManageRole(actor.role, before.role)) {
    throw new DomainError('FORBIDDEN', 'Bạn không được sửa người dùng có vai trò này.');
  }
  if (input.isActive === false && existing.id === actor.id) {
    throw new DomainError('FORBIDDEN', 'Bạn không thể tự khóa tài khoản của mình.');
  }
  let passwordHash: string | undefined;
  if (input.password !== undefined) {
    const problems = passwordProblems(input.password, existing.username);
    if (problems.length > 0) throw new DomainError('WEAK_PASSWORD', problems.join(' '));
    passwordHash = await deps.passwords.hash(input.password);
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await updateUserRow(tx, userId, {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(input.email !== undefined ? { email: input.email?.trim().toLowerCase() || null } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      ...(passwordHash ? { passwordHash, failedLoginCount: 0, lockedUntil: null } : {}),
      updatedAt: now,
    });
    if (passwordHash || input.isActive === false) await deleteSessionsOfUser(tx, userId);
    const after = toPublicUser(row);
    await recordChange(tx, auditActor, now, {
      entity: 'user',
      entityId: userId,
      action: passwordHash ? 'update_with_password_reset' : 'update',
      before,
      after,
    });
    return after;
  });
}
