import { findLiveSession } from '../../db/repositories/sessions.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { AppDeps } from '../deps.ts';
import { type PublicUser, toActor, toPublicUser } from '../users/public-user.ts';
import { sessionIdOf } from './session-tokens.ts';

export type CurrentSession = { sessionId: string; csrfToken: string; actor: Actor; user: PublicUser };

/** The live session behind a cookie token, or null (unknown, expired, or user deactivated). */
export async function findSession(deps: AppDeps, token: string): Promise<CurrentSession | null> {
  const sessionId = sessionIdOf(token, deps.sessionSecret);
  const found = await findLiveSession(deps.db, sessionId, deps.now());
  if (!found) return null;
  return {
    sessionId,
    csrfToken: found.session.csrfToken,
    actor: toActor(found.user),
    user: toPublicUser(found.user),
  };
}
