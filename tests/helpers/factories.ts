import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { AppDeps } from '../../src/app/deps.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import type { PublicUser } from '../../src/app/users/public-user.ts';
import type { Role } from '../../src/domain/auth/roles.ts';

export const TEST_PASSWORD = 'Kiểm-thử-2026!';

/** A user with a unique username, created the way the CLI creates one. */
export async function buildUser(
  deps: AppDeps,
  overrides: {
    role?: Role;
    provinceCode?: string | null;
    communeCode?: string | null;
    username?: string;
    producerId?: string | null;
    displayName?: string;
  } = {},
): Promise<PublicUser> {
  const role = overrides.role ?? 'ministry_admin';
  return createUser(
    deps,
    null,
    { id: null, label: 'test-factory' },
    {
      username: overrides.username ?? `u${randomUUID().slice(0, 8)}`,
      displayName: overrides.displayName ?? `Người dùng thử ${role}`,
      password: TEST_PASSWORD,
      role,
      provinceCode: overrides.provinceCode ?? null,
      communeCode: overrides.communeCode ?? null,
      producerId: overrides.producerId ?? null,
    },
  );
}

export type LoggedIn = { cookie: string; csrfToken: string; headers: Record<string, string> };

/** Logs in through the API; returns the cookie and the headers a write needs. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<LoggedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'ocop_session');
  if (!cookie) throw new Error('login set no session cookie');
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  const cookieHeader = `${cookie.name}=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}
