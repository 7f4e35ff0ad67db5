import { buildUrl, fetchJson, type QueryParams } from './http';
import type {
  AdvisoryReportBody,
  CreateDossierBody,
  Dossier,
  DossierEvidence,
  DossierForms,
  DossierListResponse,
  EditDossierBody,
  EvaluationLevel,
  FormValues,
  ScoreSheetBody,
  SetDossierEvidenceBody,
  TransitionBody,
} from './types';

const dossierPath = (id: string) => `/dossiers/${encodeURIComponent(id)}`;

/** `todo=true`: waiting for the caller; `overdue=true`: past the due date; `state=a,b`: some steps only. */
export function fetchDossiers(query: QueryParams, signal?: AbortSignal): Promise<DossierListResponse> {
  return fetchJson<DossierListResponse>('/dossiers', { query, signal });
}

export function fetchDossier(id: string, signal?: AbortSignal): Promise<Dossier> {
  return fetchJson<Dossier>(dossierPath(id), { signal });
}

/** The fields of Forms 01, 02 and 03 (key, vi/en label, type, required). */
export function fetchDossierForms(signal?: AbortSignal): Promise<DossierForms> {
  return fetchJson<DossierForms>('/dossiers/forms', { signal });
}

/** 409 `DOSSIER_ALREADY_OPEN` while the product has an unfinished dossier. */
export function createDossier(body: CreateDossierBody): Promise<Dossier> {
  return fetchJson<Dossier>('/dossiers', { method: 'POST', body });
}

/** The producer's Forms 01/02 and self-assessment (draft, returned or supplement requested only). */
export function editDossier(id: string, body: EditDossierBody): Promise<Dossier> {
  return fetchJson<Dossier>(dossierPath(id), { method: 'PATCH', body });
}

/** The commune's Form 03, while it reviews the dossier. */
export function saveForm03(id: string, body: FormValues): Promise<Dossier> {
  return fetchJson<Dossier>(`${dossierPath(id)}/form03`, { method: 'PUT', body });
}

/** 409 `INVALID_TRANSITION` (not allowed now), 422 when a guard refuses (missing fields, quorum…). */
export function transitionDossier(id: string, body: TransitionBody): Promise<Dossier> {
  return fetchJson<Dossier>(`${dossierPath(id)}/transitions`, { method: 'POST', body });
}

export function submitScoreSheet(id: string, body: ScoreSheetBody): Promise<Dossier> {
  return fetchJson<Dossier>(`${dossierPath(id)}/score-sheets`, { method: 'POST', body });
}

/** After a recusal the member no longer sees the dossier (403 `RECUSED`). */
export function declareRecusal(id: string, reason: string): Promise<{ id: string }> {
  return fetchJson<{ id: string }>(`${dossierPath(id)}/recusals`, { method: 'POST', body: { reason } });
}

export function addAdvisoryReport(id: string, body: AdvisoryReportBody): Promise<Dossier> {
  return fetchJson<Dossier>(`${dossierPath(id)}/advisory-reports`, { method: 'POST', body });
}

export function fetchDossierEvidence(id: string, signal?: AbortSignal): Promise<DossierEvidence> {
  return fetchJson<DossierEvidence>(`${dossierPath(id)}/evidence`, { signal });
}

/** Replaces the whole list of wallet documents the dossier relies on. */
export function setDossierEvidence(id: string, body: SetDossierEvidenceBody): Promise<DossierEvidence> {
  return fetchJson<DossierEvidence>(`${dossierPath(id)}/evidence`, { method: 'PUT', body });
}

export const dossierEvidenceFileUrl = (id: string, evidenceId: string): string =>
  buildUrl(`${dossierPath(id)}/evidence/${encodeURIComponent(evidenceId)}/file`);

/** Print-ready score sheet of one council member. */
export const scoreSheetPdfUrl = (id: string, sheetId: string): string =>
  buildUrl(`${dossierPath(id)}/score-sheets/${encodeURIComponent(sheetId)}/sheet.pdf`);

/** Minutes of the council meeting at one level. */
export const minutesPdfUrl = (id: string, level: EvaluationLevel): string =>
  buildUrl(`${dossierPath(id)}/minutes.pdf`, { level });
