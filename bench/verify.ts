import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Services } from '../src/bootstrap.ts';
import { rowsOf } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { fillerBody, portOf } from './http.ts';
import type { LoadJob, LoadResult, LoadRunner } from './load.ts';
import { withScratchServices } from './scratch-services.ts';
import { round } from './stats.ts';
import { createStampData, shuffled } from './verify-data.ts';

export type VerifyOptions = { connections: number; warmupMs: number; durationMs: number; stamps: number };

export type VerifyRow = {
  name: string;
  path: string;
  distinctUrls: number;
  contentType: string;
  bodyBytes: number;
  app: LoadResult;
  baseline: LoadResult;
  rpsRatio: number;
  p50Ratio: number;
  p99Ratio: number;
};

export type VerifyResult = {
  engine: string;
  notes: string[];
  connections: number;
  stamps: number;
  /** Each createStampBatch call (≤ 50,000 stamps in one transaction), in ms. */
  batchMs: number[];
  stampsPerSecond: number;
  rows: VerifyRow[];
  /** Scans in the log after the app closed (every request of every run, warm-up included). */
  scansLogged: number;
  requestsAnswered: number;
};

type Route = { name: string; paths: string[] };

async function measure(
  services: Services,
  runner: LoadRunner,
  options: VerifyOptions,
  routes: Route[],
  progress: (m: string) => void,
): Promise<{ rows: VerifyRow[]; answered: number }> {
  // The production app; only the per-client limit is lifted (the load comes from one address), the rate-limit
  // hook itself still runs.
  const app = await buildApp(services.deps, {
    engine: services.database.engine,
    stamps: { verifyPerMinute: 1e9 },
  });
  const baseline = Fastify({ logger: false });
  const rows: VerifyRow[] = [];
  let answered = 0;
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appBase = `http://127.0.0.1:${portOf(app)}`;
    const shapes = [];
    for (const [i, route] of routes.entries()) {
      const sample = route.paths.slice(0, 20);
      let bytes = 0;
      let contentType = '';
      for (const path of sample) {
        const response = await fetch(`${appBase}${path}`);
        if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}`);
        bytes += (await response.arrayBuffer()).byteLength;
        contentType = response.headers.get('content-type') ?? 'text/plain';
      }
      const bodyBytes = Math.round(bytes / sample.length);
      const body = fillerBody(bodyBytes, contentType);
      baseline.get(`/baseline/${i}`, (_request, reply) => reply.type(contentType).send(body));
      shapes.push({ bodyBytes, contentType });
    }
    await baseline.listen({ port: 0, host: '127.0.0.1' });
    const baselineBase = `http://127.0.0.1:${portOf(baseline)}`;
    for (const [i, route] of routes.entries()) {
      const shape = shapes[i];
      if (!shape) continue;
      const job = (urls: string[]): LoadJob => ({ url: urls[0] ?? '', urls, headers: {}, ...options });
      progress(`verify: ${route.name} — baseline`);
      const base = await runner.run(job([`${baselineBase}/baseline/${i}`]));
      progress(`verify: ${route.name} — app (${route.paths.length.toLocaleString('en-US')} URLs)`);
      const measured = await runner.run(job(route.paths.map((p) => `${appBase}${p}`)));
      answered += Object.values(measured.statuses).reduce((a, b) => a + b, 0);
      rows.push({
        name: route.name,
        path: route.paths[0] ?? '',
        distinctUrls: route.paths.length,
        ...shape,
        app: { ...measured, byUrl: undefined },
        baseline: base,
        rpsRatio: round(measured.rps / base.rps, 3),
        p50Ratio: round(measured.p50Ms / base.p50Ms, 2),
        p99Ratio: round(measured.p99Ms / base.p99Ms, 2),
      });
    }
  } finally {
    await baseline.close();
    await app.close(); // writes the buffered scans
  }
  return { rows, answered };
}

export async function benchVerify(
  runner: LoadRunner,
  options: VerifyOptions,
  tmpDir: string,
  progress: (message: string) => void,
): Promise<VerifyResult> {
  return withScratchServices('verify', tmpDir, progress, async (services, notes) => {
    const data = await createStampData(services.deps, options.stamps, progress);
    const all = shuffled(data.codes);
    const routes: Route[] = [
      { name: '/v/{code}, all stamps (cache misses)', paths: all.map((c) => `/v/${c}`) },
      { name: '/v/{code}, 64 stamps (cache hits)', paths: all.slice(0, 64).map((c) => `/v/${c}`) },
      {
        name: 'JSON /api/v1/public/verify/{code}, all stamps',
        paths: all.map((c) => `/api/v1/public/verify/${c}`),
      },
      { name: 'GS1 /01/{gtin}/21/{serial}, one stamp', paths: [data.gtinLink] },
    ];
    const { rows, answered } = await measure(services, runner, options, routes, progress);
    const scans = rowsOf<{ n: number }>(
      await services.deps.db.execute(sql`select count(*)::int as n from stamp_scans`),
    );
    const totalMs = data.batchMs.reduce((a, b) => a + b, 0);
    return {
      engine: services.database.engine,
      notes,
      connections: options.connections,
      stamps: data.codes.length,
      batchMs: data.batchMs.map((ms) => round(ms, 0)),
      stampsPerSecond: round((data.codes.length * 1000) / totalMs, 0),
      rows,
      scansLogged: scans[0]?.n ?? 0,
      requestsAnswered: answered,
    };
  });
}
