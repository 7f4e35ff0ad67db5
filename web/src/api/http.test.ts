import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, fetchJson, problemToApiError, setCsrfToken } from './http';

function problem(status: number, body: object): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('fetchJson', () => {
  it('throws a typed ApiError parsed from problem+json', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problem(401, { status: 401, code: 'AUTH_INVALID_CREDENTIALS', detail: 'Sai mật khẩu.' }),
      ),
    );
    const error = await fetchJson('/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS', detail: 'Sai mật khẩu.' });
  });

  it('maps an unreachable server to status 0 NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    await expect(fetchJson('/auth/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('sends the CSRF token on writes only, with same-origin credentials', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    await expect(fetchJson('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    await fetchJson('/auth/me');
    const [postCall, getCall] = fetchMock.mock.calls;
    expect(postCall?.[1]).toMatchObject({
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': 'token-1' },
    });
    expect(postCall?.[1].headers).not.toHaveProperty('Content-Type');
    expect(getCall?.[1].headers).not.toHaveProperty('X-CSRF-Token');
  });
});

describe('problemToApiError', () => {
  it('keeps the field errors of a validation problem', () => {
    const error = problemToApiError(400, {
      code: 'VALIDATION_FAILED',
      detail: 'Dữ liệu gửi lên không hợp lệ.',
      errors: [{ field: 'body.taxCode', message: 'Mã số thuế gồm 10 chữ số' }],
    });
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(error.errors).toEqual([{ field: 'body.taxCode', message: 'Mã số thuế gồm 10 chữ số' }]);
  });

  it('falls back to the title, then the status text, and to no field errors', () => {
    expect(problemToApiError(413, { title: 'Quá lớn' }).detail).toBe('Quá lớn');
    const bare = problemToApiError(502, {}, 'Bad Gateway');
    expect(bare).toMatchObject({ code: 'HTTP_502', detail: 'Bad Gateway', errors: [] });
  });
});

describe('buildUrl', () => {
  it('prefixes the API base and drops empty parameters', () => {
    expect(
      buildUrl('/admin-units/resolve', { province: 'Tuyên Quang', district: '', commune: undefined }),
    ).toBe('/api/v1/admin-units/resolve?province=Tuy%C3%AAn+Quang');
  });
});
