import { useCallback, useEffect, useState } from 'react';
import { type Credentials, fetchCurrentSession, login, logout } from '../../api/auth';
import { ApiError, isAbortError, setCsrfToken } from '../../api/http';
import type { SessionPayload, User } from '../../api/types';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'unavailable'; error: unknown }
  | { status: 'authenticated'; user: User };

const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;

/** Session lifecycle: GET /auth/me on start, login, logout. The CSRF token is kept in memory only. */
export function useSession() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const establish = useCallback((payload: SessionPayload) => {
    setCsrfToken(payload.csrfToken);
    setState({ status: 'authenticated', user: payload.user });
  }, []);

  const clear = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  const check = useCallback(
    (signal?: AbortSignal) => {
      setState({ status: 'loading' });
      fetchCurrentSession(signal).then(establish, (error: unknown) => {
        if (isAbortError(error)) return;
        if (isUnauthenticated(error)) clear();
        else setState({ status: 'unavailable', error });
      });
    },
    [establish, clear],
  );

  useEffect(() => {
    const controller = new AbortController();
    check(controller.signal);
    return () => controller.abort();
  }, [check]);

  const retry = useCallback(() => check(), [check]);

  /** Resolves once logged in; rejects with ApiError (401 wrong credentials, 429 locked / rate limited). */
  const signIn = useCallback(
    async (credentials: Credentials) => establish(await login(credentials)),
    [establish],
  );

  /** A 401 means the session already ended on the server: treat it as logged out. */
  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
    }
    clear();
  }, [clear]);

  return { state, retry, signIn, signOut };
}
