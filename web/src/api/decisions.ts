import { buildUrl, fetchJson } from './http';
import type { Decision, DecisionSummary, PrepareDecisionBody, SignDecisionBody } from './types';

const decisionPath = (id: string) => `/decisions/${encodeURIComponent(id)}`;

export function fetchDecisions(signal?: AbortSignal): Promise<DecisionSummary[]> {
  return fetchJson<DecisionSummary[]>('/decisions', { signal });
}

export function fetchDecision(id: string, signal?: AbortSignal): Promise<Decision> {
  return fetchJson<Decision>(decisionPath(id), { signal });
}

/** All the dossiers move to "decision drafted", or none does. */
export function prepareDecision(body: PrepareDecisionBody): Promise<Decision> {
  return fetchJson<Decision>('/decisions', { method: 'POST', body });
}

/** The leader signs: certificates are issued (or the product is nominated for 5★). */
export function signDecision(id: string, body: SignDecisionBody): Promise<Decision> {
  return fetchJson<Decision>(`${decisionPath(id)}/sign`, { method: 'POST', body });
}

/** The list of recognised products attached to a signed decision. */
export const annexUrl = (id: string, format: 'pdf' | 'xlsx'): string =>
  buildUrl(`${decisionPath(id)}/annex.${format}`);

export const certificatePdfUrl = (certificateId: string): string =>
  buildUrl(`/certificates/${encodeURIComponent(certificateId)}/certificate.pdf`);
