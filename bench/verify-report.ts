// The `verify` scenario's table (bench/verify.ts).
import { fixed, int, ratio, table } from './stats.ts';
import type { VerifyResult } from './verify.ts';

export function verifyText(r: VerifyResult, s: { warmupMs: number; durationMs: number }): string {
  const batches = r.batchMs.map((ms) => `${fixed(ms / 1000, 1)} s`).join(', ');
  const head = [
    `Stamp verification on ${r.engine} — ${int(r.stamps)} stamps, ${r.connections} connections, ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000} s per run; ratio = app ÷ bare Fastify answering a body of the same size`,
    `stamp batches: ${batches} (${int(r.stampsPerSecond)} stamps/s through createStampBatch, one transaction each)`,
  ].join('\n');
  const body = table(
    [
      'route',
      'URLs',
      'bytes',
      'req/s',
      'p50 ms',
      'p99 ms',
      'base req/s',
      'base p99',
      'req/s ratio',
      'p99 ratio',
      'errors',
    ],
    r.rows.map((row) => [
      row.name,
      int(row.distinctUrls),
      int(row.bodyBytes),
      int(row.app.rps),
      fixed(row.app.p50Ms),
      fixed(row.app.p99Ms),
      int(row.baseline.rps),
      fixed(row.baseline.p99Ms),
      ratio(row.rpsRatio),
      ratio(row.p99Ratio),
      int(row.app.errors + row.baseline.errors),
    ]),
  );
  const scans = `scan log: ${int(r.scansLogged)} rows written for ${int(r.requestsAnswered)} answered load requests (+ probes)`;
  return [head, ...r.notes.map((n) => `note: ${n}`), body, scans].join('\n');
}
