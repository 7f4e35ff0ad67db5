import { buildUrl, fetchJson } from './http';
import type { Council, CouncilBody, EvaluationLevel, Round, UserListResponse } from './types';

export function fetchCouncils(level?: EvaluationLevel, signal?: AbortSignal): Promise<Council[]> {
  return fetchJson<Council[]>('/councils', { query: { level }, signal });
}

/** 400 when there is not exactly one chair or a person holds two seats. */
export function createCouncil(body: CouncilBody): Promise<Council> {
  return fetchJson<Council>('/councils', { method: 'POST', body });
}

export function fetchRounds(signal?: AbortSignal): Promise<Round[]> {
  return fetchJson<Round[]>('/rounds', { signal });
}

/** Accounts within the caller's area (the server narrows a provincial officer to their province). */
export function fetchUsers(provinceCode: string | null, signal?: AbortSignal): Promise<UserListResponse> {
  return fetchJson<UserListResponse>('/users', {
    query: { provinceCode: provinceCode ?? undefined, pageSize: '200' },
    signal,
  });
}

/** Minutes of one sitting: every dossier the council concluded on that day (Vietnam date). */
export const councilMinutesUrl = (id: string, date: string): string =>
  buildUrl(`/councils/${encodeURIComponent(id)}/minutes.pdf`, { date });
