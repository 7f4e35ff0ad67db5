// Printing the results (plain-text tables) and the shape of bench/results/latest.json.
import os from 'node:os';
import type { CatalogueResult } from './catalogue.ts';
import type { DashboardResult } from './dashboard.ts';
import type { HttpRouteResult } from './http.ts';
import type { RegistryResult } from './registry.ts';
import type { ResolverResult } from './resolver.ts';
import type { ScoringResult } from './scoring.ts';
import type { SheetResult } from './sheet.ts';
import type { StartupResult } from './startup.ts';
import { fixed, int, mb, ratio, round, smallRatio, table } from './stats.ts';
import type { VerifyResult } from './verify.ts';

export type MachineInfo = {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemoryMb: number;
  loadAverage: number[];
};

export type BenchResults = {
  generatedAt: string;
  /** The scenarios this run measured (`npm run bench -- <names>`); the other sections are absent. */
  scenarios: string[];
  machine: MachineInfo;
  settings: { connections: number; warmupMs: number; durationMs: number; resolverSample: number };
  startup?: StartupResult[];
  startupNotes?: string[];
  http?: { engine: string; note: string; routes: HttpRouteResult[] };
  resolver?: ResolverResult;
  scoring?: ScoringResult;
  registry?: RegistryResult;
  catalogue?: CatalogueResult;
  verify?: VerifyResult;
  dashboard?: DashboardResult;
  sheet?: SheetResult;
  loadAverageAtEnd?: number[];
  totalSeconds?: number;
};

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    totalMemoryMb: mb(os.totalmem()),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}

export function machineText(m: MachineInfo): string {
  return [
    `machine  ${m.cores} cores (${m.cpuModel}), ${m.totalMemoryMb} MB RAM, ${m.platform}`,
    `node     ${m.node}`,
    `load avg ${m.loadAverage.join(' ')} (1, 5, 15 min)`,
  ].join('\n');
}

const ms = (v: number) => fixed(v, 0);
const mib = (bytes: number) => fixed(bytes / 1_048_576, 0);

export function startupText(rows: readonly StartupResult[], notes: readonly string[]): string {
  const body = table(
    [
      'start-up',
      'engine',
      'startServices ms',
      'imports ms',
      'ready@ ms',
      'process ms',
      'RSS MB',
      'peak RSS MB',
    ],
    rows.map((r) => [
      r.scenario,
      r.engine,
      ms(r.startMs),
      ms(r.importMs),
      ms(r.sinceProcessStartMs),
      ms(r.processWallMs),
      mib(r.rssReadyBytes),
      mib(r.maxRssBytes),
    ]),
  );
  return [body, ...notes.map((n) => `note: ${n}`)].join('\n');
}

export function httpText(http: NonNullable<BenchResults['http']>, s: BenchResults['settings']): string {
  const head = `HTTP on ${http.engine} — ${s.connections} connections, ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000} s per run; ratio = app ÷ bare-Fastify baseline of the same body size`;
  const body = table(
    [
      'route',
      'bytes',
      'req/s',
      'p50 ms',
      'p99 ms',
      'base req/s',
      'base p50',
      'base p99',
      'req/s ratio',
      'p50 ratio',
      'errors',
    ],
    http.routes.map((r) => [
      r.name,
      int(r.bodyBytes),
      int(r.app.rps),
      fixed(r.app.p50Ms),
      fixed(r.app.p99Ms),
      int(r.baseline.rps),
      fixed(r.baseline.p50Ms),
      fixed(r.baseline.p99Ms),
      ratio(r.rpsRatio),
      ratio(r.p50Ratio),
      int(r.app.errors + r.baseline.errors),
    ]),
  );
  return [head, ...(http.note ? [`note: ${http.note}`] : []), body].join('\n');
}

export function resolverText(r: ResolverResult): string {
  const head = `Resolver — ${int(r.sampleSize)} old addresses (of ${int(r.oldCommunesInIndex)} old communes), ${fixed(r.resolvedShare * 100, 1)}% resolved, ${fixed(r.ambiguousShare * 100, 1)}% ambiguous`;
  const body = table(
    ['loop', 'per second', 'µs each', 'ratio'],
    [
      ['foldName ×3 per row (baseline)', int(r.fold.rowsPerSecond), fixed(r.fold.microsPerRow), ratio(1)],
      [
        'resolveAddress per row',
        int(r.resolver.callsPerSecond),
        fixed(r.resolver.microsPerCall),
        ratio(r.ratio),
      ],
    ],
  );
  const slower =
    r.ratio > 0 ? `one resolveAddress call costs about ${fixed(1 / r.ratio, 1)} rows of folding` : '';
  return [head, body, slower].filter(Boolean).join('\n');
}

export function scoringText(r: ScoringResult): string {
  const head = `Scoring — ${int(r.evaluations)} random evaluations of all 26 product sets, ${r.sheetsPerEvaluation} sheets each (Decision 26/2026)`;
  const body = table(
    ['loop', 'sheets/s', 'evaluations/s', 'ratio'],
    [
      ['sum of chosen points (baseline)', int(r.baseline.sheetsPerSecond), '', ratio(1)],
      ['scoreEvaluation', int(r.engine.sheetsPerSecond), int(r.engine.evaluationsPerSecond), ratio(r.ratio)],
    ],
  );
  return [head, body].join('\n');
}

export function registryText(r: RegistryResult, s: BenchResults['settings']): string {
  const i = r.import;
  const importHead = `Registry import on ${r.engine} — ${int(i.rows)} generated rows (4 products per producer), ${fixed(i.fileBytes / 1_048_576, 1)} MB CSV; ratio = rows/s ÷ parse-only rows/s`;
  const importBody = table(
    ['step', 'ms', 'rows/s', 'ratio'],
    [
      ['readSheet + parseSheet (baseline)', int(i.parse.ms), int(i.parse.rowsPerSecond), ratio(1)],
      [
        'importFile dry run (upload + preview)',
        int(i.dryRun.ms),
        int(i.dryRun.rowsPerSecond),
        ratio(i.dryRun.ratio),
      ],
      [
        'importFile (upload + preview + commit)',
        int(i.full.ms),
        int(i.full.rowsPerSecond),
        smallRatio(i.full.ratio),
      ],
    ],
  );
  const sum = i.summary;
  const importNote = `imported: ${int(sum.create)} rows created, ${int(sum.needsChoice)} need a choice, ${int(sum.error)} errors, ${int(sum.duplicateInFile)} duplicates in file → ${int(sum.producersCreated)} producers, ${int(sum.productsCreated)} products, ${int(sum.certificatesCreated)} certificates; commit ≈ ${int(i.commitMs)} ms (full − dry run)`;

  const searchHead = `Registry search GET /api/v1/products — ${r.search.queries.length} rotating queries, ${s.connections} connections, ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000} s per run; ratio = app ÷ bare-Fastify baseline answering the same body sizes`;
  const searchBody = table(
    [
      'products',
      'producers',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'mean bytes',
      'base req/s',
      'base p50',
      'req/s ratio',
      'p50 ratio',
      'errors',
    ],
    r.search.levels.map((l) => [
      int(l.products),
      int(l.producers),
      fixed(l.app.p50Ms),
      fixed(l.app.p95Ms),
      fixed(l.app.p99Ms),
      int(l.app.rps),
      int(l.app.meanBodyBytes ?? l.app.bodyBytes),
      int(l.baseline.rps),
      fixed(l.baseline.p50Ms),
      smallRatio(l.rpsRatio),
      ratio(l.p50Ratio),
      int(l.app.errors + l.baseline.errors),
    ]),
  );
  const grown = r.search.levels.find((l) => l.growMs !== null);
  const lines = [
    importHead,
    ...r.notes.map((n) => `note: ${n}`),
    importBody,
    importNote,
    '',
    searchHead,
    searchBody,
  ];
  if (grown) {
    lines.push(
      `grown with set-based SQL in ${fixed((grown.growMs ?? 0) / 1000, 1)} s, VACUUM (ANALYZE) ${fixed(grown.vacuumAnalyzeMs / 1000, 1)} s`,
    );
  }
  for (const l of r.search.levels) {
    const slow = l.slowestQueries.map((q) => `${q.query} ${fixed(q.meanMs, 1)}`).join(' · ');
    lines.push(`slowest at ${int(l.products)} (mean ms): ${slow}`);
  }
  for (const e of r.search.explains) {
    lines.push(
      '',
      `EXPLAIN (ANALYZE, BUFFERS) at ${int(e.products)} products, ${e.why}: ${e.query} — execution ${fixed(e.executionMs, 1)} ms (full plan in latest.json)`,
      ...planSummary(e.plan).map((l) => `  ${l}`),
    );
  }
  return lines.join('\n');
}

/** The plan nodes and what explains their cost (filters, sort methods, loops); no buffer or cache detail. */
function planSummary(plan: readonly string[]): string[] {
  const keep =
    /^\s*(->|Limit|Sort Method|Sort Key|Filter|Join Filter|Hash Cond|Index Cond|Recheck Cond|Rows Removed|Workers Launched|Execution Time)/;
  return plan
    .filter((line, i) => i === 0 || keep.test(line))
    .map((line) => line.replace(/\s*\(cost=[^)]*\)/, ''))
    .map((line) => (line.length > 160 ? `${line.slice(0, 159)}…` : line));
}
