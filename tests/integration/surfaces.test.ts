import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('public surfaces', () => {
  it('serves the Vietnamese home page, and its English version, as readable HTML', async () => {
    const vi = await t.app.inject({ url: '/' });
    expect(vi.statusCode).toBe(200);
    expect(vi.headers['content-type']).toMatch(/^text\/html/);
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('Mỗi xã một sản phẩm');
    expect(vi.body).not.toContain('<script');
    const en = await t.app.inject({ url: '/en' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('One Commune One Product');
  });

  it('serves the OpenAPI document that is committed in the repository', async () => {
    const response = await t.app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const served = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(served.openapi).toMatch(/^3\./);
    expect(Object.keys(served.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/admin-units/provinces',
        '/api/v1/admin-units/resolve',
        '/api/v1/auth/login',
      ]),
    );
    const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    expect(served).toEqual(committed);
    expect((await t.app.inject({ url: '/docs' })).statusCode).toBe(200);
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('reports its health and database engine', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: t.engine });
  });
});
