/** Base path of the HTTP API (same origin as the back office). */
export const API_BASE = '/api/v1';

/** One entry of `errors` in a problem: `field` is "body.taxCode", "query.q", "body.saleChannels.0"… */
export interface FieldError {
  field: string;
  message: string;
}

/** Body of an `application/problem+json` error response (see docs/CONTRACTS.md). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
}

/** Error thrown by `fetchJson` for any non-2xx response, or with status 0 when the server is unreachable. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];

  constructor(status: number, code: string, detail: string, errors: readonly FieldError[] = []) {
    super(detail || `HTTP ${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

export type QueryParams = Record<string, string | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The CSRF token lives in memory only; it is sent with every cookie-authenticated write.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Builds the ApiError of a failed response from its (possibly empty) problem body. */
export function problemToApiError(status: number, problem: ProblemDetails, statusText = ''): ApiError {
  const detail = problem.detail ?? problem.title ?? statusText;
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  return new ApiError(status, problem.code ?? `HTTP_${status}`, detail, errors);
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // Keep the empty problem: the status alone still describes the failure.
    }
  }
  return problemToApiError(response.status, problem, response.statusText);
}

/** Calls the API and returns the parsed JSON body (`undefined` for 204); throws `ApiError` on failure. */
export async function fetchJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken !== null && UNSAFE_METHODS.has(method)) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Calls the API for a binary body (an image, a PDF) with the session; throws `ApiError` like `fetchJson`. */
export async function fetchBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), { credentials: 'same-origin', signal: signal ?? null });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}
