import { insertSession } from '../../db/repositories/sessions.repository.ts';
import { findUserByUsername, updateUser } from '../../db/repositories/users.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps } from '../deps.ts';
import { type PublicUser, toPublicUser } from '../users/public-user.ts';
import { newSessionTokens, sessionIdOf } from './session-tokens.ts';

export type LoginInput = { username: string; password: string; ip: string | null; userAgent: string | null };
export type LoginResult = { user: PublicUser; token: string; csrfToken: string; expiresAt: Date };

const invalidCredentials = () =>
  new DomainError('AUTH_INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/** Checks a password, counts failures (locking the account after too many) and opens a session. */
export async function login(deps: AppDeps, input: LoginInput): Promise<LoginResult> {
  const now = deps.now();
  const user = await findUserByUsername(deps.db, input.username.trim());
  if (user?.lockedUntil && user.lockedUntil > now) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new DomainError(
      'AUTH_LOCKED',
      `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${Math.ceil(seconds / 60)} phút.`,
      { headers: { 'retry-after': String(seconds) } },
    );
  }
  const isValid = await deps.passwords.verify(user?.passwordHash ?? null, input.password);
  if (!user) throw invalidCredentials();
  if (!isValid || !user.isActive) {
    await recordFailure(deps, user.id, user.failedLoginCount, now, input.ip);
    throw invalidCredentials();
  }
  const { token, csrfToken } = newSessionTokens();
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
  const updated = await deps.db.transaction(async (tx) => {
    const row = await updateUser(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    const sessionId = sessionIdOf(token, deps.sessionSecret);
    await insertSession(tx, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordChange(tx, { id: user.id, label: user.username }, now, {
      entity: 'session',
      entityId: sessionId.slice(0, 12),
      action: 'login',
      after: { userId: user.id, ip: input.ip, expiresAt: expiresAt.toISOString() },
    });
    return row;
  });
  return { user: toPublicUser(updated), token, csrfToken, expiresAt };
}

async function recordFailure(
  deps: AppDeps,
  userId: string,
  previousFailures: number,
  now: Date,
  ip: string | null,
): Promise<void> {
  const failures = previousFailures + 1;
  const locks = failures >= deps.config.login.maxFailures;
  const lockedUntil = locks ? new Date(now.getTime() + deps.config.login.lockMinutes * 60_000) : null;
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, userId, { failedLoginCount: locks ? 0 : failures, lockedUntil });
    await recordChange(tx, { id: null, label: `anonymous@${ip ?? 'unknown'}` }, now, {
      entity: 'user',
      entityId: userId,
      action: locks ? 'locked' : 'login_failed',
      before: { failedLoginCount: previousFailures },
      after: { failedLoginCount: failures, lockedUntil: lockedUntil?.toISOString() ?? null },
    });
  });
}
