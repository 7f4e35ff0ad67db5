import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findUserByUsername, insertUser } from '../../db/repositories/users.repository.ts';
import { passwordProblems } from '../../domain/auth/password-policy.ts';
import { type Actor, canManageRole, type Role } from '../../domain/auth/roles.ts';
import { assertWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type PublicUser, toPublicUser } from './public-user.ts';
import { normaliseUserScope } from './user-scope.ts';

export type CreateUserInput = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  provinceCode?: string | null | undefined;
  communeCode?: string | null | undefined;
  /** For role `producer`: the producer (chủ thể) the account acts for; its commune becomes the user's. */
  producerId?: string | null | undefined;
  /** Where notifications are e-mailed. */
  email?: string | null | undefined;
};

/**
 * Creates a user. `actor` null means a trusted operator (the `ocop user create` CLI, the demo seed):
 * no permission check, but every other rule holds and the change is audited under `auditActor`.
 */
export async function createUser(
  deps: AppDeps,
  actor: Actor | null,
  auditActor: AuditActor,
  input: CreateUserInput,
): Promise<PublicUser> {
  const username = input.username.trim().toLowerCase();
  const producer = await producerFor(deps, input);
  const scope = normaliseUserScope(
    deps.adminUnits,
    input.role,
    producer ? { communeCode: producer.communeCode } : input,
  );
  if (actor) {
    if (!canManageRole(actor.role, input.role)) {
      throw new DomainError('FORBIDDEN', 'Bạn không được tạo người dùng với vai trò này.');
    }
    assertWithinScope(actor, scope);
  }
  const problems = passwordProblems(input.password, username);
  if (problems.length > 0) {
    throw new DomainError('WEAK_PASSWORD', problems.join(' '), {
      fieldErrors: problems.map((message) => ({ field: 'body.password', message })),
    });
  }
  const passwordHash = await deps.passwords.hash(input.password);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw new DomainError('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã được dùng.`);
    }
    const row = await insertUser(tx, {
      username,
      displayName: input.displayName.trim(),
      email: input.email?.trim().toLowerCase() || null,
      passwordHash,
      role: input.role,
      provinceCode: scope.provinceCode,
      communeCode: scope.communeCode,
      producerId: producer?.id ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const user = toPublicUser(row);
    await recordChange(tx, auditActor, now, {
      entity: 'user',
      entityId: row.id,
      action: 'create',
      after: user,
    });
    return user;
  });
}

/** The producer a `producer` account is linked to (validated), or null for other roles. */
async function producerFor(deps: AppDeps, input: CreateUserInput) {
  if (!input.producerId) return null;
  if (input.role !== 'producer') {
    throw new DomainError('INVALID_ROLE_SCOPE', 'Chỉ tài khoản chủ thể (producer) mới gắn với một chủ thể.');
  }
  const producer = await findProducerById(deps.db, input.producerId);
  if (!producer) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể để gắn tài khoản.');
  return producer;
}
