import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Services } from '../src/bootstrap.ts';
import { rowsOf } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { benchDashboardCalls, type TimedRow } from './dashboard-calls.ts';
import { type DashboardData, generateDashboardData } from './dashboard-data.ts';
import { fillerBody, logIn, portOf } from './http.ts';
import type { LoadResult, LoadRunner } from './load.ts';
import { withScratchServices } from './scratch-services.ts';
import { round } from './stats.ts';

export type DashboardBenchOptions = {
  connections: number;
  warmupMs: number;
  durationMs: number;
  producers: number;
  products: number;
  /** Sequential calls per in-process row. */
  samples: number;
};

export type DashboardHttpRow = {
  name: string;
  path: string;
  bodyBytes: number;
  app: LoadResult;
  baseline: LoadResult;
  p50Ratio: number;
  p95Ratio: number;
};

export type DashboardResult = {
  engine: string;
  notes: string[];
  data: DashboardData;
  /** The province of the province dashboard (the one with most products). */
  province: { code: string; products: number };
  setupSeconds: number;
  connections: number;
  calls: TimedRow[];
  http: DashboardHttpRow[];
};

export const DASHBOARD_WINDOW = { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' };

async function measureHttp(
  services: Services,
  runner: LoadRunner,
  options: DashboardBenchOptions,
  routes: { name: string; path: string }[],
  progress: (m: string) => void,
): Promise<DashboardHttpRow[]> {
  const server = await buildApp(services.deps, { engine: services.database.engine });
  const bare = Fastify({ logger: false });
  const rows: DashboardHttpRow[] = [];
  try {
    await server.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await logIn(server, 'dash_admin', 'Bảng-điều-khiển-2026!');
    const base = `http://127.0.0.1:${portOf(server)}`;
    const shapes = [];
    for (const [i, route] of routes.entries()) {
      const response = await fetch(`${base}${route.path}`, { headers: { cookie } });
      if (response.status !== 200)
        throw new Error(`GET ${route.path} → ${response.status}: ${await response.text()}`);
      const bodyBytes = (await response.arrayBuffer()).byteLength;
      const contentType = response.headers.get('content-type') ?? 'application/json';
      const body = fillerBody(bodyBytes, contentType);
      bare.get(`/baseline/${i}`, (_request, reply) => reply.type(contentType).send(body));
      shapes.push(bodyBytes);
    }
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = `http://127.0.0.1:${portOf(bare)}`;
    for (const [i, route] of routes.entries()) {
      const load = { headers: { cookie }, connections: options.connections, warmupMs: options.warmupMs };
      progress(`dashboard: HTTP ${route.name} — baseline`);
      const baseline = await runner.run({
        ...load,
        url: `${bareBase}/baseline/${i}`,
        durationMs: options.durationMs,
      });
      progress(`dashboard: HTTP ${route.name} — app`);
      const measured = await runner.run({
        ...load,
        url: `${base}${route.path}`,
        durationMs: options.durationMs,
        minRequests: 20,
        maxDurationMs: 60_000,
      });
      if (measured.errors > 0)
        throw new Error(`${route.path} answered errors: ${JSON.stringify(measured.statuses)}`);
      rows.push({
        ...route,
        bodyBytes: shapes[i] ?? 0,
        app: measured,
        baseline,
        p50Ratio: round(measured.p50Ms / baseline.p50Ms, 1),
        p95Ratio: round(measured.p95Ms / baseline.p95Ms, 1),
      });
    }
  } finally {
    await bare.close();
    await server.close();
  }
  return rows;
}

export async function benchDashboard(
  runner: LoadRunner,
  options: DashboardBenchOptions,
  tmpDir: string,
  progress: (message: string) => void,
): Promise<DashboardResult> {
  return withScratchServices('dashboard', tmpDir, progress, async (services, notes) => {
    const began = performance.now();
    progress(`dashboard: generating ${options.products} products of ${options.producers} producers`);
    const data = await generateDashboardData(services.deps.db, options.producers, options.products);
    const setupSeconds = round((performance.now() - began) / 1000, 1);
    const top = await services.deps.db.execute(
      sql`select province_code, count(*)::int as n from products group by 1 order by 2 desc, 1 limit 1`,
    );
    const first = rowsOf<{ province_code: string; n: number }>(top)[0];
    const province = { code: first?.province_code ?? '01', products: Number(first?.n ?? 0) };
    const calls = await benchDashboardCalls(services.deps, province.code, options.samples, progress);
    const query = `asOf=${DASHBOARD_WINDOW.asOf}&from=${DASHBOARD_WINDOW.from}&to=${DASHBOARD_WINDOW.to}`;
    const http = await measureHttp(
      services,
      runner,
      options,
      [
        { name: 'national dashboard', path: `/api/v1/dashboards/national?${query}` },
        {
          name: `province ${province.code} dashboard`,
          path: `/api/v1/dashboards/province/${province.code}?${query}`,
        },
      ],
      progress,
    );
    return {
      engine: services.database.engine,
      notes,
      data,
      province,
      setupSeconds,
      connections: options.connections,
      calls,
      http,
    };
  });
}
