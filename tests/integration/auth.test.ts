import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs, TEST_PASSWORD } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: '3',
    LOGIN_LOCK_MINUTES: '15',
    LOGIN_RATE_LIMIT_PER_MINUTE: '12',
  });
});
afterAll(() => t?.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('log in, sessions, CSRF', () => {
  it('opens a server-side session with an HTTP-only cookie and returns the user and a CSRF token', async () => {
    const user = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
    const response = await login(user.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ocop_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json<{ user: { id: string; role: string }; csrfToken: string }>();
    expect(body.user).toMatchObject({ id: user.id, role: 'province_officer', provinceCode: '08' });
    expect(body.user).not.toHaveProperty('passwordHash');
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `ocop_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const user = await buildUser(t.deps);
    const wrongPassword = await login(user.username, 'not-the-password', '10.0.1.1');
    const unknownUser = await login('nobody-here', 'not-the-password', '10.0.1.2');
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS' });
    }
    expect(wrongPassword.json().detail).toBe(unknownUser.json().detail);
  });

  it('locks an account after repeated failures (429 even with the right password), then lets it in again', async () => {
    const user = await buildUser(t.deps);
    const start = new Date('2026-11-22T08:00:00Z');
    t.setNow(start);
    for (let i = 0; i < 3; i++)
      expect((await login(user.username, 'wrong-password', `10.0.2.${i}`)).statusCode).toBe(401);
    const locked = await login(user.username, TEST_PASSWORD, '10.0.2.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'AUTH_LOCKED' });
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    t.setNow(new Date(start.getTime() + 16 * 60_000));
    expect((await login(user.username, TEST_PASSWORD, '10.0.2.10')).statusCode).toBe(200);
    t.setNow(new Date());
  });

  it('rate-limits log-in attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await login('flooder', 'x', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 12).every((s) => s === 401)).toBe(true);
    const limited = await login('flooder', 'x', '10.9.9.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('refuses a cookie-authenticated write without the CSRF token (403), accepts it with one', async () => {
    const user = await buildUser(t.deps);
    const session = await loginAs(t.app, user.username);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ code: 'CSRF_INVALID' });
    const badToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(badToken.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(ok.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'AUTH_REQUIRED' });
  });

  it('ignores a forged or tampered cookie', async () => {
    const response = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: 'ocop_session=abc.def' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('validates the log-in body with field errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { field: string }[] }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['body.username', 'body.password']),
    );
  });

  it('rejects malformed JSON with a problem, not a stack trace', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body).not.toContain('node_modules');
  });
});
