// The `dashboard` scenario's tables (bench/dashboard.ts).
import type { DashboardResult } from './dashboard.ts';
import { fixed, int, table } from './stats.ts';

export function dashboardText(r: DashboardResult, s: { warmupMs: number; durationMs: number }): string {
  const head = [
    `Programme dashboards on ${r.engine} — ${int(r.data.products)} products of ${int(r.data.producers)} producers, ${int(r.data.certificates)} certificates (generated in ${r.setupSeconds} s); window asOf 2026-06-30, period 2026-01-01…2026-06-30`,
    `in process: each call alone, ${r.calls[0]?.samples ?? 0} samples after 3 warm-ups; ratio = p50 ÷ p50 of select count(*) from certificates`,
  ].join('\n');
  const calls = table(
    ['call', 'kind', 'p50 ms', 'p95 ms', 'max ms', 'p50 ratio'],
    r.calls.map((c) => [
      c.name,
      c.group,
      fixed(c.p50Ms, 1),
      fixed(c.p95Ms, 1),
      fixed(c.maxMs, 1),
      `${fixed(c.p50Ratio, 1)}×`,
    ]),
  );
  const httpHead = `HTTP: ${r.connections} connections, ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000} s (at least 20 requests); baseline = bare Fastify answering a body of the same size`;
  const http = table(
    [
      'route',
      'bytes',
      'requests',
      'req/s',
      'p50 ms',
      'p95 ms',
      'base p50',
      'base p95',
      'p50 ratio',
      'errors',
    ],
    r.http.map((h) => [
      h.name,
      int(h.bodyBytes),
      int(h.app.requests),
      fixed(h.app.rps, 1),
      fixed(h.app.p50Ms, 1),
      fixed(h.app.p95Ms, 1),
      fixed(h.baseline.p50Ms, 2),
      fixed(h.baseline.p95Ms, 2),
      `${fixed(h.p50Ratio, 0)}×`,
      int(h.app.errors + h.baseline.errors),
    ]),
  );
  const province = `province dashboard: ${r.province.code} (${int(r.province.products)} products, the most of any province)`;
  return [head, ...r.notes.map((n) => `note: ${n}`), calls, '', httpHead, http, province].join('\n');
}
