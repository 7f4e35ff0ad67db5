import {
  ApiError,
  buildUrl,
  getCsrfToken,
  type ProblemDetails,
  problemToApiError,
  type QueryParams,
} from './http';

export interface UploadProgress {
  loaded: number;
  total: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POSTs a file as the raw body (`application/octet-stream`, with the CSRF token) and reports upload progress.
 * XMLHttpRequest, not fetch: only XHR exposes upload progress events. Rejects with ApiError like `fetchJson`.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  options: {
    query?: QueryParams;
    onProgress?: (progress: UploadProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = getCsrfToken();
    if (token !== null) xhr.setRequestHeader('X-CSRF-Token', token);

    xhr.upload.addEventListener('progress', (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      options.onProgress?.({ loaded: event.loaded, total });
    });
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(problemToApiError(xhr.status, (body ?? {}) as ProblemDetails, xhr.statusText));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'NETWORK_ERROR', '')));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
