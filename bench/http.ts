// HTTP throughput over a real socket: the app (buildApp) against a bare Fastify baseline that answers a
// precomputed body of the same size and content type, both listening on 127.0.0.1 in this process while
// the load runs in a forked process (load.ts).
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import type { Services } from '../src/bootstrap.ts';
import { buildApp } from '../src/http/app.ts';
import { SESSION_COOKIE } from '../src/http/plugins/auth.ts';
import type { LoadJob, LoadResult, LoadRunner } from './load.ts';

export type HttpRoute = { name: string; path: string; session?: boolean };

export const HTTP_ROUTES: readonly HttpRoute[] = [
  { name: 'communes of province 08', path: '/api/v1/admin-units/provinces/08/communes' },
  {
    name: 'resolve old address',
    path: '/api/v1/admin-units/resolve?province=Tr%C3%A0%20Vinh&district=C%E1%BA%A7u%20K%C3%A8&commune=Th%C3%B4ng%20H%C3%B2a',
  },
  { name: 'auth/me (session)', path: '/api/v1/auth/me', session: true },
  { name: 'home page /', path: '/' },
];

export type HttpRouteResult = {
  name: string;
  path: string;
  contentType: string;
  bodyBytes: number;
  app: LoadResult;
  baseline: LoadResult;
  /** app rps ÷ baseline rps (1 = as fast as a bare Fastify answering the same bytes). */
  rpsRatio: number;
  /** app p50 ÷ baseline p50. */
  p50Ratio: number;
  /** app p99 ÷ baseline p99. */
  p99Ratio: number;
};

export type HttpOptions = { connections: number; warmupMs: number; durationMs: number };

export const portOf = (app: FastifyInstance): number => (app.server.address() as AddressInfo).port;

/** Logs in through the API; returns the `Cookie` header value of the session. */
export async function logIn(
  app: FastifyInstance,
  username = 'bo.admin',
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`log-in as ${username} failed (${response.statusCode}): ${response.body}`);
  }
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** One real request per route, to learn the body size and content type (and fail early on non-200). */
export async function probe(base: string, path: string, headers: Record<string, string>) {
  const response = await fetch(`${base}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}: ${body.toString()}`);
  return { bodyBytes: body.length, contentType: response.headers.get('content-type') ?? 'text/plain' };
}

/** A body of exactly `bytes` bytes (a JSON string when the content type is JSON). */
export function fillerBody(bytes: number, contentType: string): string {
  if (contentType.includes('json') && bytes >= 2) return `"${'x'.repeat(bytes - 2)}"`;
  return 'x'.repeat(bytes);
}

export async function benchHttp(
  services: Services,
  runner: LoadRunner,
  options: HttpOptions,
  progress: (message: string) => void,
): Promise<HttpRouteResult[]> {
  const app = await buildApp(services.deps, { engine: services.database.engine });
  const baseline = Fastify({ logger: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appBase = `http://127.0.0.1:${portOf(app)}`;
    const cookie = await logIn(app);
    const routes = [];
    for (const [i, route] of HTTP_ROUTES.entries()) {
      const headers: Record<string, string> = route.session ? { cookie } : {};
      const shape = await probe(appBase, route.path, headers);
      const body = fillerBody(shape.bodyBytes, shape.contentType);
      baseline.get(`/baseline/${i}`, (_request, reply) => reply.type(shape.contentType).send(body));
      routes.push({ route, headers, ...shape });
    }
    await baseline.listen({ port: 0, host: '127.0.0.1' });
    const baselineBase = `http://127.0.0.1:${portOf(baseline)}`;

    const results: HttpRouteResult[] = [];
    for (const [i, { route, headers, bodyBytes, contentType }] of routes.entries()) {
      const job = (url: string): LoadJob => ({ url, headers, ...options });
      progress(`http: ${route.name} — baseline`);
      const base = await runner.run(job(`${baselineBase}/baseline/${i}`));
      if (base.bodyBytes !== bodyBytes) throw new Error(`baseline ${i}: ${base.bodyBytes} ≠ ${bodyBytes} B`);
      progress(`http: ${route.name} — app`);
      const measured = await runner.run(job(`${appBase}${route.path}`));
      results.push({
        name: route.name,
        path: route.path,
        contentType,
        bodyBytes,
        app: measured,
        baseline: base,
        rpsRatio: measured.rps / base.rps,
        p50Ratio: measured.p50Ms / base.p50Ms,
        p99Ratio: measured.p99Ms / base.p99Ms,
      });
    }
    return results;
  } finally {
    await baseline.close();
    await app.close();
  }
}
