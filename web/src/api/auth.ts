import { fetchJson } from './http';
import type { SessionPayload } from './types';

export interface Credentials {
  username: string;
  password: string;
}

/** 200 with the session when logged in; throws ApiError 401 `AUTH_REQUIRED` otherwise. */
export function fetchCurrentSession(signal?: AbortSignal): Promise<SessionPayload> {
  return fetchJson<SessionPayload>('/auth/me', { signal });
}

export function login(credentials: Credentials): Promise<SessionPayload> {
  return fetchJson<SessionPayload>('/auth/login', { method: 'POST', body: credentials });
}

/** Sends the in-memory CSRF token (see `setCsrfToken`); resolves on 204. */
export function logout(): Promise<void> {
  return fetchJson<void>('/auth/logout', { method: 'POST' });
}
