// The load loop: N workers, each sending sequential keep-alive requests for a fixed time, latencies via
// process.hrtime.bigint(). runLoad runs in the load process (load-child.ts); startLoadRunner forks it so
// the generator and the server under test do not share one event loop.
import { type ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { percentile, round } from './stats.ts';

export type LoadJob = {
  url: string;
  /** When given, requests rotate through these URLs (shared counter across workers); `url` is ignored. */
  urls?: string[];
  headers: Record<string, string>;
  connections: number;
  /** Requests started before this (ms from the job start) are not recorded. */
  warmupMs: number;
  /** Measured period after the warm-up. */
  durationMs: number;
  /**
   * Keep starting requests after `durationMs` until this many were started in the measured period (slow
   * routes: at least one whole rotation of `urls`), but never after `maxDurationMs` (default durationMs).
   */
  minRequests?: number;
  maxDurationMs?: number;
};

export type LoadResult = {
  requests: number;
  errors: number;
  /** Statuses seen (also the unrecorded warm-up), e.g. { "200": 51234 }. */
  statuses: Record<string, number>;
  elapsedMs: number;
  rps: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Body size of the last recorded response. */
  bodyBytes: number;
  /** Only for rotating jobs (`urls`): mean body size and, per URL (same order), its share of the load. */
  meanBodyBytes?: number;
  byUrl?: UrlStats[];
};

/** One URL of a rotating job: its recorded requests, latencies and body size (0 when never answered). */
export type UrlStats = { requests: number; meanMs: number; p50Ms: number; maxMs: number; bodyBytes: number };

type Outcome = { status: number; bytes: number } | { error: string };

function send(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(url, { agent, method: 'GET', headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
    req.end();
  });
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const urls = (job.urls?.length ? job.urls : [job.url]).map((u) => new URL(u));
  for (const url of urls) {
    if (url.hostname !== '127.0.0.1') throw new Error(`bench load only targets 127.0.0.1, not ${url.host}`);
  }
  const rotating = (job.urls?.length ?? 0) > 0;
  const perUrl = urls.map(() => [] as number[]);
  const perUrlBytes = urls.map(() => 0);
  let next = 0;
  let totalBytes = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const origin = process.hrtime.bigint();
  const measureFrom = origin + BigInt(Math.round(job.warmupMs * 1e6));
  const endAt = measureFrom + BigInt(Math.round(job.durationMs * 1e6));
  const minRequests = job.minRequests ?? 0;
  const hardEndAt = measureFrom + BigInt(Math.round(Math.max(job.durationMs, job.maxDurationMs ?? 0) * 1e6));
  let startedMeasured = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let bodyBytes = 0;
  let lastEnd = measureFrom;

  const worker = async () => {
    for (;;) {
      const start = process.hrtime.bigint();
      if (start >= endAt && (startedMeasured >= minRequests || start >= hardEndAt)) return;
      if (start >= measureFrom) startedMeasured += 1;
      const index = next % urls.length;
      next += 1;
      const url = urls[index] as URL;
      const outcome = await send(agent, url, job.headers);
      const end = process.hrtime.bigint();
      const key = 'error' in outcome ? 'error' : String(outcome.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (start < measureFrom) continue;
      if (end > lastEnd) lastEnd = end;
      if ('error' in outcome || outcome.status < 200 || outcome.status >= 300) {
        errors += 1;
        if ('error' in outcome) await new Promise((r) => setTimeout(r, 10)); // no tight loop on refusals
        continue;
      }
      bodyBytes = outcome.bytes;
      totalBytes += outcome.bytes;
      const ms = Number(end - start) / 1e6;
      latencies.push(ms);
      perUrl[index]?.push(ms);
      perUrlBytes[index] = outcome.bytes;
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  agent.destroy();

  const sorted = Float64Array.from(latencies).sort();
  const elapsedMs = Number(lastEnd - measureFrom) / 1e6;
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: sorted.length,
    errors,
    statuses,
    elapsedMs: round(elapsedMs, 1),
    rps: round(elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0, 1),
    meanMs: round(sorted.length > 0 ? sum / sorted.length : Number.NaN, 3),
    p50Ms: round(percentile(sorted, 50), 3),
    p90Ms: round(percentile(sorted, 90), 3),
    p95Ms: round(percentile(sorted, 95), 3),
    p99Ms: round(percentile(sorted, 99), 3),
    maxMs: round(percentile(sorted, 100), 3),
    bodyBytes,
    ...(rotating
      ? {
          meanBodyBytes: round(sorted.length > 0 ? totalBytes / sorted.length : 0, 1),
          byUrl: perUrl.map((l, i) => ({ ...urlStats(l), bodyBytes: perUrlBytes[i] ?? 0 })),
        }
      : {}),
  };
}

function urlStats(latencies: number[]): Omit<UrlStats, 'bodyBytes'> {
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: sorted.length,
    meanMs: round(sorted.length > 0 ? sum / sorted.length : Number.NaN, 3),
    p50Ms: round(percentile(sorted, 50), 3),
    maxMs: round(percentile(sorted, 100), 3),
  };
}

export type LoadRunner = { run(job: LoadJob): Promise<LoadResult>; close(): void };

/** Forks bench/load-child.ts (one process for every scenario of the run). */
export function startLoadRunner(): LoadRunner {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let queue: Promise<unknown> = Promise.resolve();
  const runOne = (job: LoadJob) =>
    new Promise<LoadResult>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        const reply = message as { ok: true; result: LoadResult } | { ok: false; error: string };
        if (reply.ok) resolve(reply.result);
        else reject(new Error(`load process: ${reply.error}`));
      });
      child.send(job);
    });
  return {
    run(job) {
      const next = queue.then(() => runOne(job));
      queue = next.catch(() => undefined);
      return next;
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
