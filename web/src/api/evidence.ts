import { fetchJson } from './http';
import type { Evidence, EvidenceListResponse, UploadEvidenceQuery } from './types';
import { uploadFile } from './upload';

const walletPath = (producerId: string) => `/producers/${encodeURIComponent(producerId)}/evidence`;

/** The producer's evidence wallet with each document's validity status. */
export function fetchWallet(producerId: string, signal?: AbortSignal): Promise<EvidenceListResponse> {
  return fetchJson<EvidenceListResponse>(walletPath(producerId), { signal });
}

/** Stores a document once per producer (an identical file returns the existing record). */
export function uploadEvidence(producerId: string, file: File, meta: UploadEvidenceQuery): Promise<Evidence> {
  const query: Record<string, string | undefined> = { fileName: file.name };
  for (const [key, value] of Object.entries(meta)) query[key] = value ?? undefined;
  return uploadFile<Evidence>(walletPath(producerId), file, { query });
}
