import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { createCatalogueSnapshot } from '../src/app/portal/catalogue-snapshot.ts';
import { searchPublicCatalogue } from '../src/app/portal/search-catalogue.ts';
import type { Services } from '../src/bootstrap.ts';
import { catalogueFingerprint } from '../src/db/repositories/portal-catalogue.repository.ts';
import { vietnamDate } from '../src/domain/registry/calendar-date.ts';
import { buildApp } from '../src/http/app.ts';
import { catalogueInput, readCatalogueParams } from '../src/http/pages/portal/catalogue-query.ts';
import { generateCatalogue } from './catalogue-data.ts';
import { fillerBody, portOf, probe } from './http.ts';
import type { LoadResult, LoadRunner } from './load.ts';
import { withScratchServices } from './scratch-services.ts';
import { fixed, int, ratio, round, smallRatio, table } from './stats.ts';

export type CatalogueOptions = {
  connections: number;
  warmupMs: number;
  durationMs: number;
  products: number;
};

/** Accent-free fragments as people type them (a few typos), filters with and without text, pages. */
export const CATALOGUE_QUERIES: readonly string[] = [
  '',
  'q=mat+ong',
  'q=mat+ong+rung',
  'q=che+shan+tuyet',
  'q=shan',
  'q=tra+xanh',
  'q=gao+st25',
  'q=gao+nep',
  'q=ruou+can',
  'q=nuoc+mam',
  'q=ca+phe',
  'q=banh+trang',
  'q=bahn+trang',
  'q=mat+onng',
  'q=htx+duoc+lieu',
  'q=tan+lap',
  'q=hanh+tim',
  'q=sam+ngoc+linh',
  'q=keo+dua',
  'q=nam+linh+chi',
  'q=xyzzy',
  'q=G%E1%BA%A1o',
  'q=th%E1%BB%95+c%E1%BA%A9m',
  'province=08',
  'province=01&stars=5',
  'stars=4',
  'stars=5&class=I',
  'class=I.5',
  'class=14',
  'type=household',
  'all=1',
  'q=mat+ong&province=08',
  'q=che&stars=4&stars=5',
  'q=ruou&all=1',
  'page=5',
  'q=ca+phe&page=2',
  'province=79&page=2',
  'q=tuong+ot&type=sme',
];

type Rotation = {
  app: Omit<LoadResult, 'byUrl'>;
  baseline: Omit<LoadResult, 'byUrl'>;
  rpsRatio: number;
  p50Ratio: number;
  p95Ratio: number;
  p99Ratio: number;
  /** Slowest URLs of the rotation (mean ms). */
  slowest: { path: string; meanMs: number; bodyBytes: number }[];
};

export type CatalogueResult = {
  engine: string;
  location: string;
  notes: string[];
  products: number;
  generateMs: number;
  snapshot: {
    cards: number;
    vocabulary: number;
    loadMs: number;
    fingerprintMs: number;
    retainedHeapBytes: number | null;
  };
  /** searchPublicCatalogue in process (search + card views), per query of the rotation. */
  inProcess: { meanMs: number; maxMs: number; slowest: string };
  search: Rotation & { queries: string[] };
  productPages: Rotation & { pages: number };
  productPage: { path: string; htmlBytes: number; maxBytesInRotation: number };
};

const MAX_ROTATION_MS = 60_000;

async function timed<T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await body();
  return { ms: performance.now() - start, value };
}

function gcFunction(): (() => void) | null {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : null;
}

/** The app over every path at least once, then a bare Fastify over bodies of the same sizes. */
async function measureRotation(
  appBase: string,
  paths: readonly string[],
  runner: LoadRunner,
  options: CatalogueOptions,
): Promise<Rotation> {
  const { contentType } = await probe(appBase, paths[0] ?? '/', {});
  const load = {
    headers: {},
    connections: options.connections,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  };
  const measured = await runner.run({
    ...load,
    url: appBase,
    urls: paths.map((p) => `${appBase}${p}`),
    minRequests: paths.length,
    maxDurationMs: MAX_ROTATION_MS,
  });
  if (measured.errors > 0)
    throw new Error(`the portal answered errors: ${JSON.stringify(measured.statuses)}`);
  const { byUrl, ...app } = measured;
  const sizes = (byUrl ?? []).map((u) => u.bodyBytes || Math.round(app.meanBodyBytes ?? 0));
  const bare = Fastify({ logger: false });
  try {
    for (const [i, bytes] of sizes.entries()) {
      const body = fillerBody(bytes, contentType);
      bare.get(`/baseline/${i}`, (_request, reply) => reply.type(contentType).send(body));
    }
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = `http://127.0.0.1:${portOf(bare)}`;
    const { byUrl: _ignored, ...baseline } = await runner.run({
      ...load,
      url: bareBase,
      urls: sizes.map((_, i) => `${bareBase}/baseline/${i}`),
    });
    const slowest = (byUrl ?? [])
      .map((u, i) => ({ path: paths[i] ?? '', meanMs: round(u.meanMs, 2), bodyBytes: u.bodyBytes }))
      .sort((a, b) => b.meanMs - a.meanMs)
      .slice(0, 5);
    return {
      app,
      baseline,
      rpsRatio: app.rps / baseline.rps,
      p50Ratio: app.p50Ms / baseline.p50Ms,
      p95Ratio: app.p95Ms / baseline.p95Ms,
      p99Ratio: app.p99Ms / baseline.p99Ms,
      slowest,
    };
  } finally {
    await bare.close();
  }
}

export async function benchCatalogue(
  runner: LoadRunner,
  options: CatalogueOptions,
  tmpDir: string,
  progress: (message: string) => void,
): Promise<CatalogueResult> {
  return withScratchServices('catalogue', tmpDir, progress, (services, notes) =>
    run(services, runner, options, progress, notes),
  );
}

async function run(
  services: Services,
  runner: LoadRunner,
  options: CatalogueOptions,
  progress: (message: string) => void,
  notes: string[],
): Promise<CatalogueResult> {
  const { deps } = services;
  const today = vietnamDate(deps.now());
  progress(`catalogue: generating ${options.products.toLocaleString('en-US')} products`);
  const generated = await timed(() => generateCatalogue(deps.db, deps.adminUnits, options.products, today));
  await deps.db.execute(
    sql`vacuum (analyze) producers, products, certificates, product_photos, sale_points, sale_point_products`,
  );

  progress('catalogue: snapshot load and retained heap');
  const gc = gcFunction();
  if (!gc) notes.push('gc() not available: retained heap not measured');
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const snapshot = createCatalogueSnapshot(deps);
  const load = await timed(() => snapshot.current());
  gc?.();
  const retained = gc ? process.memoryUsage().heapUsed - heapBefore : null;
  const index = load.value;
  const fingerprints: number[] = [];
  for (let i = 0; i < 5; i++) fingerprints.push((await timed(() => catalogueFingerprint(deps.db))).ms);
  fingerprints.sort((a, b) => a - b);

  progress('catalogue: in-process search (searchPublicCatalogue) per query');
  const perQuery = [];
  for (const query of CATALOGUE_QUERIES) {
    const input = catalogueInput(readCatalogueParams(Object.fromEntries(new URLSearchParams(query))));
    await searchPublicCatalogue(deps, snapshot, input);
    const runs = 20;
    const { ms } = await timed(async () => {
      for (let i = 0; i < runs; i++) await searchPublicCatalogue(deps, snapshot, input);
    });
    perQuery.push({ query, ms: ms / runs });
  }
  perQuery.sort((a, b) => b.ms - a.ms);

  const app = await buildApp(deps, { engine: services.database.engine });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${portOf(app)}`;
    const searchPaths = CATALOGUE_QUERIES.map((q) => `/san-pham${q ? `?${q}` : ''}`);
    progress(`catalogue: GET /san-pham, ${searchPaths.length} rotating queries — app, then baseline`);
    const search = await measureRotation(base, searchPaths, runner, options);
    const step = Math.floor(generated.value.productSlugs.length / 100);
    const productPaths = Array.from(
      { length: 100 },
      (_, i) => `/san-pham/${generated.value.productSlugs[i * step] ?? ''}`,
    );
    progress(
      `catalogue: GET /san-pham/{slug}, ${productPaths.length} rotating products — app, then baseline`,
    );
    const productPages = await measureRotation(base, productPaths, runner, options);
    const samplePath = `/san-pham/${generated.value.sampleSlug}`;
    const sample = await probe(base, samplePath, {});
    return {
      engine: services.database.engine,
      location: services.database.location,
      notes,
      products: generated.value.products,
      generateMs: round(generated.ms, 0),
      snapshot: {
        cards: index.cards.length,
        vocabulary: index.vocabulary.length,
        loadMs: round(load.ms, 0),
        fingerprintMs: round(fingerprints[2] ?? 0, 1),
        retainedHeapBytes: retained,
      },
      inProcess: {
        meanMs: round(perQuery.reduce((s, q) => s + q.ms, 0) / perQuery.length, 2),
        maxMs: round(perQuery[0]?.ms ?? 0, 2),
        slowest: perQuery[0]?.query ?? '',
      },
      search: { ...search, queries: [...CATALOGUE_QUERIES] },
      productPages: { ...productPages, pages: productPaths.length },
      productPage: {
        path: samplePath,
        htmlBytes: sample.bodyBytes,
        maxBytesInRotation: Math.max(...productPages.slowest.map((s) => s.bodyBytes), sample.bodyBytes),
      },
    };
  } finally {
    await app.close();
  }
}

export function catalogueText(
  r: CatalogueResult,
  s: { connections: number; warmupMs: number; durationMs: number },
): string {
  const row = (name: string, x: Rotation) => [
    name,
    fixed(x.app.p50Ms),
    fixed(x.app.p95Ms),
    fixed(x.app.p99Ms),
    int(x.app.rps),
    int(x.app.meanBodyBytes ?? x.app.bodyBytes),
    int(x.baseline.rps),
    fixed(x.baseline.p50Ms),
    fixed(x.baseline.p95Ms),
    smallRatio(x.rpsRatio),
    ratio(x.p95Ratio),
    int(x.app.errors + x.baseline.errors),
  ];
  const heap =
    r.snapshot.retainedHeapBytes === null
      ? 'n/a'
      : `${fixed(r.snapshot.retainedHeapBytes / 1_048_576, 1)} MB`;
  return [
    `Public catalogue on ${r.engine} — ${int(r.products)} generated products (${fixed(r.generateMs / 1000, 1)} s), ${s.connections} connections, ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000} s per run; ratio = app ÷ bare-Fastify baseline answering the same body sizes`,
    ...r.notes.map((n) => `note: ${n}`),
    `snapshot: ${int(r.snapshot.cards)} cards, ${int(r.snapshot.vocabulary)} words, loaded in ${int(r.snapshot.loadMs)} ms, retained heap ${heap}; fingerprint check ${fixed(r.snapshot.fingerprintMs, 1)} ms (every 30 s)`,
    `in process (search + card views): mean ${fixed(r.inProcess.meanMs, 2)} ms a query, slowest ${fixed(r.inProcess.maxMs, 2)} ms (${r.inProcess.slowest || '(no query)'})`,
    table(
      [
        'route',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'req/s',
        'mean bytes',
        'base req/s',
        'base p50',
        'base p95',
        'req/s ratio',
        'p95 ratio',
        'errors',
      ],
      [
        row(`GET /san-pham (${r.search.queries.length} queries)`, r.search),
        row(`GET /san-pham/{slug} (${r.productPages.pages})`, r.productPages),
      ],
    ),
    `slowest catalogue queries (mean ms): ${r.search.slowest.map((q) => `${q.path} ${fixed(q.meanMs, 1)}`).join(' · ')}`,
    `product page HTML ${int(r.productPage.htmlBytes)} bytes (${fixed(r.productPage.htmlBytes / 1024, 1)} KB; 4 photos, story, 5 sale points, 3 channels) at ${r.productPage.path}`,
  ].join('\n');
}
