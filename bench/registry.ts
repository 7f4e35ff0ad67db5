// The registry at scale (issue 3): importing a generated 20,000-row legacy sheet against a parse-only
// baseline, then product search over HTTP at ~20,000 and at 200,000 products against a bare-Fastify baseline
// answering bodies of the same sizes. Runs on its own scratch PostgreSQL database (PGlite when PostgreSQL is
// not reachable), started with DEMO_DATA=false so the registry holds only what this scenario puts there.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { importFile } from '../src/app/import/import-file.ts';
import type { ImportSummary } from '../src/app/import/import-types.ts';
import { readSheet } from '../src/app/import/read-sheet.ts';
import { findProducts } from '../src/app/products/find-products.ts';
import { productSlug } from '../src/app/products/product-input.ts';
import { createUser } from '../src/app/users/create-user.ts';
import { type Services, startServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/env.ts';
import { type DbOrTx, rowsOf } from '../src/db/client.ts';
import { refreshAllCurrentCertificates } from '../src/db/repositories/current-certificate.repository.ts';
import type { AdminUnitsIndex } from '../src/domain/admin-units/admin-units-index.ts';
import type { Actor } from '../src/domain/auth/roles.ts';
import { guessProductSet } from '../src/domain/import/guess-product-set.ts';
import { parseSheet } from '../src/domain/import/parse-sheet.ts';
import { producerNameKey } from '../src/domain/registry/name-key.ts';
import { vietnameseSortKey } from '../src/domain/registry/vietnamese-sort-key.ts';
import { ProductListQuery } from '../src/http/api/products/schemas.ts';
import { buildApp } from '../src/http/app.ts';
import { fillerBody, logIn, portOf, probe } from './http.ts';
import type { LoadResult, LoadRunner, UrlStats } from './load.ts';
import {
  createScratchDatabase,
  describeUrl,
  dropScratchDatabase,
  type ScratchDatabase,
} from './pg-scratch.ts';
import { PRODUCT_KINDS } from './product-kinds.ts';
import { round } from './stats.ts';

export type RegistryOptions = {
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Rows of the generated import sheet (20,000). */
  importRows: number;
  /** Products after the set-based growth (200,000). */
  grownProducts: number;
};

export type ImportStep = { ms: number; rowsPerSecond: number; ratio: number };

export type QueryStats = UrlStats & { query: string };

export type SearchLevel = {
  products: number;
  producers: number;
  certificates: number;
  /** Time to reach this size with set-based SQL (null for the imported level). */
  growMs: number | null;
  vacuumAnalyzeMs: number;
  app: Omit<LoadResult, 'byUrl'>;
  baseline: Omit<LoadResult, 'byUrl'>;
  rpsRatio: number;
  p50Ratio: number;
  p95Ratio: number;
  p99Ratio: number;
  /** The slowest queries of the rotation at this size, slowest first (mean over the measured period). */
  slowestQueries: QueryStats[];
};

/** EXPLAIN (ANALYZE, BUFFERS) of one search as the route runs it. */
export type SearchPlan = {
  products: number;
  query: string;
  /** Why this query: the slowest of the rotation, or the slowest one with a text `q`. */
  why: string;
  executionMs: number | null;
  plan: string[];
};

export type RegistryResult = {
  engine: string;
  location: string;
  notes: string[];
  import: {
    rows: number;
    fileBytes: number;
    /** Baseline: readSheet + parseSheet of the same bytes (median of 3 after a warm-up run). */
    parse: { ms: number; rowsPerSecond: number };
    /** importFile with dryRun: upload + preview (address resolution, planning against the registry). */
    dryRun: ImportStep;
    /** importFile: upload + preview + commit (one transaction) on the same file. */
    full: ImportStep;
    /** full − dry run: roughly the commit. */
    commitMs: number;
    summary: ImportSummary;
  };
  search: {
    queries: string[];
    levels: SearchLevel[];
    /** At the largest size: the slowest query, and the slowest text (`q=`) query when that is another. */
    explains: SearchPlan[];
  };
};

// ---- vocabulary ----

/** Legal forms: the prefix of the name, the "Loại hình" cell of the sheet, the producer type code. */
const PRODUCER_FORMS = [
  { prefix: 'HTX', label: 'Hợp tác xã', type: 'cooperative' },
  { prefix: 'Công ty TNHH', label: 'Doanh nghiệp nhỏ và vừa', type: 'sme' },
  { prefix: 'Hộ kinh doanh', label: 'Hộ sản xuất', type: 'household' },
  { prefix: 'Tổ hợp tác', label: 'Tổ hợp tác', type: 'cooperative_group' },
] as const;

const PRODUCER_THEMES = [
  'Nông sản',
  'Mật ong',
  'Chè',
  'Thực phẩm sạch',
  'Dược liệu',
  'Đặc sản',
  'Nông nghiệp',
  'Chế biến nông sản',
  'Thủ công mỹ nghệ',
  'Sản xuất và Thương mại',
];

/**
 * The rotation: accent-free fragments of 1–3 words as people type them, a few typos, producer-name
 * matches, and filters with and without `q` (province 08 is a 2025 province code).
 */
export const SEARCH_QUERIES: readonly string[] = [
  'q=mat ong',
  'q=mat ong rung',
  'q=che shan tuyet',
  'q=shan tuyet',
  'q=che',
  'q=tra xanh',
  'q=gao',
  'q=gao st25',
  'q=gao nep',
  'q=ruou',
  'q=ruou can',
  'q=ruou ngo',
  'q=nuoc mam',
  'q=mam tom',
  'q=ca phe',
  'q=ca phe bot',
  'q=banh trang',
  'q=banh pia',
  'q=keo dua',
  'q=mien dong',
  'q=buoi da xanh',
  'q=cam sanh',
  'q=vai thieu',
  'q=nhan long',
  'q=xoai',
  'q=toi co don',
  'q=nam linh chi',
  'q=sam ngoc linh',
  'q=tinh dau sa',
  'q=nem chua',
  'q=lap xuong',
  'q=muc kho',
  'q=tho cam',
  'q=may tre dan',
  'q=mut gung',
  'q=hat dieu',
  'q=htx duoc lieu',
  'q=cong ty tnhh dac san',
  'q=mat onng',
  'q=che san tuyet',
  'q=ruou cann',
  'q=nuoc mamm',
  'q=bahn trang',
  'q=ca phe hat rnag',
  'q=mat ong&stars=4',
  'q=gao&province=08',
  'q=ca phe&status=valid,expiring',
  'q=che&stars=5&status=valid',
  'q=ruou&stars=3,4',
  'stars=4',
  'province=08',
  'status=valid,expiring',
  'stars=5&status=expiring',
];

const searchPath = (query: string) => {
  const params = new URLSearchParams(query);
  return `/api/v1/products?${params.toString().replace(/\+/g, '%20')}`;
};

/** Old (pre-2025) communes as [commune full name, district full name, province full name, commune name]. */
function oldCommunes(units: AdminUnitsIndex): [string, string, string, string][] {
  return units.provincesPre2025.flatMap((p) =>
    units
      .districtsPre2025Of(p.code)
      .flatMap((d) =>
        units
          .communesPre2025Of(d.code)
          .map((c): [string, string, string, string] => [c.fullName, d.fullName, p.fullName, c.name]),
      ),
  );
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A legacy list like tests/integration/import-large.test.ts builds: every row in a real pre-2025 commune,
 * 4 products per producer (the producer's 4 rows share its commune), stars 3–5, years 2021–2025.
 */
export function generatedSheet(units: AdminUnitsIndex, rows: number): string {
  const communes = oldCommunes(units);
  const lines = ['STT,Tên sản phẩm,Tên chủ thể,Loại hình,Xã,Huyện,Tỉnh,Hạng sao,Năm công nhận'];
  for (let i = 0; i < rows; i++) {
    const producer = Math.floor(i / 4);
    const [commune, district, province, place] = communes[(producer * 7919) % communes.length] ?? [];
    const form = PRODUCER_FORMS[producer % PRODUCER_FORMS.length] ?? PRODUCER_FORMS[0];
    const theme = PRODUCER_THEMES[(producer * 3) % PRODUCER_THEMES.length];
    const kind = PRODUCT_KINDS[i % PRODUCT_KINDS.length];
    lines.push(
      [
        String(i + 1),
        `${kind} ${place}`,
        `${form.prefix} ${theme} ${place}`,
        form.label,
        commune ?? '',
        district ?? '',
        province ?? '',
        String(3 + (i % 3)),
        String(2021 + (i % 5)),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

// ---- helpers ----

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed<T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await body();
  return { ms: performance.now() - start, value };
}

async function counts(db: DbOrTx) {
  const [row] = rowsOf<{ products: number; producers: number; certificates: number }>(
    await db.execute(sql`select (select count(*) from products)::int as products,
      (select count(*) from producers)::int as producers,
      (select count(*) from certificates)::int as certificates`),
  );
  return {
    products: row?.products ?? 0,
    producers: row?.producers ?? 0,
    certificates: row?.certificates ?? 0,
  };
}

/** VACUUM (ANALYZE) so planner statistics are fresh and autovacuum does not wake up mid-measurement. */
async function vacuumAnalyze(db: DbOrTx): Promise<number> {
  const start = performance.now();
  await db.execute(sql`vacuum (analyze) producers, products, certificates`);
  return performance.now() - start;
}

async function insertChunked(db: DbOrTx, table: string, rows: SQL[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.execute(
      sql`insert into ${sql.identifier(table)} values ${sql.join(rows.slice(i, i + 1000), sql`, `)}`,
    );
  }
}

/** A deterministic version-4-shaped UUID for row `n` (the API validates ids as RFC 4122 UUIDs). */
const benchUuid = (kind: 'producer' | 'product', n: SQL) =>
  sql`overlay(overlay(md5(${sql.raw(`'bench-${kind}-'`)} || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

/**
 * Grows the registry to `target` products with set-based SQL: producers (4 products each) in real 2025
 * communes, products named "<kind> <place>" with exact sort keys (precomputed with vietnameseSortKey for the
 * small vocabulary), one current certificate each and an older expired one for every fifth product.
 * Deterministic ids (from md5 of the row number) tie the three inserts together without temporary tables.
 */
async function growRegistry(db: DbOrTx, units: AdminUnitsIndex, target: number): Promise<void> {
  const { products: current } = await counts(db);
  const add = target - current;
  if (add <= 0) return;
  const producers = Math.ceil(add / 4);
  const communes = oldCommunes(units);
  const places = Array.from(
    { length: 200 },
    (_, i) => communes[Math.floor((i * communes.length) / 200)]?.[3] ?? 'Tân Lập',
  );
  await db.execute(sql`drop table if exists bench_product_names, bench_producer_names`);
  await db.execute(sql`create table bench_product_names (i int primary key, name text not null,
    sort_key text not null, slug text not null, product_set_id int)`);
  await db.execute(sql`create table bench_producer_names (i int primary key, name text not null,
    name_key text not null, sort_key text not null, type text not null)`);
  const productRows: SQL[] = [];
  for (const [k, kind] of PRODUCT_KINDS.entries()) {
    const productSetId = guessProductSet(kind, null).productSetId;
    for (const [p, place] of places.entries()) {
      const name = `${kind} ${place}`;
      productRows.push(
        sql`(${k * places.length + p}, ${name}, ${vietnameseSortKey(name)}, ${productSlug(name, '')}, ${productSetId})`,
      );
    }
  }
  await insertChunked(db, 'bench_product_names', productRows);
  const producerRows: SQL[] = [];
  for (const [f, form] of PRODUCER_FORMS.entries()) {
    for (const [t, theme] of PRODUCER_THEMES.entries()) {
      for (const [p, place] of places.entries()) {
        const name = `${form.prefix} ${theme} ${place}`;
        const i = (f * PRODUCER_THEMES.length + t) * places.length + p;
        producerRows.push(
          sql`(${i}, ${name}, ${producerNameKey(name)}, ${vietnameseSortKey(name)}, ${form.type})`,
        );
      }
    }
  }
  await insertChunked(db, 'bench_producer_names', producerRows);
  const nPlaces = places.length;
  const nThemes = PRODUCER_THEMES.length;
  const nForms = PRODUCER_FORMS.length;
  const nKinds = PRODUCT_KINDS.length;
  // Producer n: form n % 4, theme (3n) % 10, place (7n) % 200, commune (7919n) % communes.
  await db.execute(sql`
    insert into producers (id, name, name_key, sort_key, type, commune_code, province_code, created_at, updated_at)
    select ${benchUuid('producer', sql`g`)}, v.name, v.name_key, v.sort_key, v.type, c.code, c.province_code,
      now(), now()
    from generate_series(0, ${producers - 1}::int) g
    join bench_producer_names v
      on v.i = ((g % ${nForms}) * ${nThemes} + (g * 3) % ${nThemes}) * ${nPlaces} + (g * 7) % ${nPlaces}
    cross join (select count(*)::int as n from admin_communes_2025) total
    join (select code, province_code, (row_number() over (order by code) - 1)::int as i
          from admin_communes_2025) c
      on c.i = (g::bigint * 7919) % total.n`);
  // Product g belongs to producer g / 4 and is named after the producer's place: kind g % 50.
  await db.execute(sql`
    insert into products (id, producer_id, name, slug, sort_key, product_set_id, commune_code, province_code,
      created_at, updated_at)
    select ${benchUuid('product', sql`g`)}, pr.id, v.name, v.slug || 'b' || g, v.sort_key, v.product_set_id,
      pr.commune_code, pr.province_code, now(), now()
    from generate_series(0, ${add - 1}::int) g
    join producers pr on pr.id = ${benchUuid('producer', sql`g / 4`)}
    join bench_product_names v on v.i = (g % ${nKinds}) * ${nPlaces} + ((g / 4) * 7) % ${nPlaces}`);
  await db.execute(sql`
    insert into certificates (product_id, decision_number, issuing_level, stars, valid_from, valid_to,
      dates_precision, created_at, updated_at)
    select ${benchUuid('product', sql`g`)}, g || '/QĐ-UBND', 'province', 3 + g % 3, d.valid_from,
      (d.valid_from + interval '3 years' - interval '1 day')::date, 'day', now(), now()
    from generate_series(0, ${add - 1}::int) g,
      lateral (select make_date(2021 + g % 5, 1 + g % 12, 1 + g % 28) as valid_from) d
    union all
    select ${benchUuid('product', sql`g`)}, g || '/QĐ-UBND-cu', 'province', 3 + (g + 1) % 3, d.valid_from,
      (d.valid_from + interval '3 years' - interval '1 day')::date, 'day', now(), now()
    from generate_series(0, ${add - 1}::int, 5) g,
      lateral (select make_date(2018 + g % 3, 1 + g % 12, 1 + g % 28) as valid_from) d`);
  await db.execute(sql`drop table bench_product_names, bench_producer_names`);
  // The rows above bypass the use cases: copy each product's current certificate as they would.
  await refreshAllCurrentCertificates(db);
}

// ---- search over HTTP ----

/** A slow level keeps going after durationMs until every query ran once, but stops here regardless. */
const MAX_SEARCH_MS = 60_000;

/**
 * The app first (at least one whole rotation, so every query is measured and its body size known), then the
 * bare-Fastify baseline rotating through bodies of exactly those sizes, with the same loop and settings.
 */
async function measureSearch(
  appBase: string,
  headers: Record<string, string>,
  paths: readonly string[],
  runner: LoadRunner,
  options: RegistryOptions,
): Promise<{ app: LoadResult; baseline: LoadResult }> {
  const { contentType } = await probe(appBase, paths[0] ?? '/', headers); // fail early (log-in, 500)
  const load = {
    headers,
    connections: options.connections,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  };
  const app = await runner.run({
    ...load,
    url: appBase,
    urls: paths.map((p) => `${appBase}${p}`),
    minRequests: paths.length,
    maxDurationMs: MAX_SEARCH_MS,
  });
  if (app.errors > 0) throw new Error(`search answered errors: ${JSON.stringify(app.statuses)}`);
  const sizes = (app.byUrl ?? []).map((u) => u.bodyBytes || Math.round(app.meanBodyBytes ?? 0));
  const bare = Fastify({ logger: false });
  try {
    for (const [i, bytes] of sizes.entries()) {
      const body = fillerBody(bytes, contentType);
      bare.get(`/baseline/${i}`, (_request, reply) => reply.type(contentType).send(body));
    }
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = `http://127.0.0.1:${portOf(bare)}`;
    const baseline = await runner.run({
      ...load,
      url: bareBase,
      urls: sizes.map((_, i) => `${bareBase}/baseline/${i}`),
    });
    return { app, baseline };
  } finally {
    await bare.close();
  }
}

function level(
  sizes: { products: number; producers: number; certificates: number },
  growMs: number | null,
  vacuumAnalyzeMs: number,
  measured: { app: LoadResult; baseline: LoadResult },
): SearchLevel {
  const { byUrl, ...app } = measured.app;
  const { byUrl: _ignored, ...baseline } = measured.baseline;
  const slowestQueries = (byUrl ?? [])
    .map((s, i) => ({ query: SEARCH_QUERIES[i] ?? '', ...s }))
    .sort((a, b) => b.meanMs - a.meanMs)
    .slice(0, 5);
  return {
    ...sizes,
    growMs: growMs === null ? null : round(growMs, 0),
    vacuumAnalyzeMs: round(vacuumAnalyzeMs, 0),
    app,
    baseline,
    rpsRatio: app.rps / baseline.rps,
    p50Ratio: app.p50Ms / baseline.p50Ms,
    p95Ratio: app.p95Ms / baseline.p95Ms,
    p99Ratio: app.p99Ms / baseline.p99Ms,
    slowestQueries,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of exactly the SQL the route runs for `query` (captured, then explained). */
async function explainSearch(services: Services, actor: Actor, query: string) {
  const parsed = ProductListQuery.parse(Object.fromEntries(new URLSearchParams(query)));
  const captured: { statement?: SQL } = {};
  const capture = {
    execute: async (statement: SQL) => {
      captured.statement ??= statement;
      return { rows: [] };
    },
  } as unknown as DbOrTx;
  const { productSet, status, ...rest } = parsed;
  await findProducts({ ...services.deps, db: capture as never }, actor, { ...rest, productSet, status });
  if (!captured.statement) throw new Error(`no SQL captured for ${query}`);
  const result = await services.deps.db.execute(sql`explain (analyze, buffers) ${captured.statement}`);
  const plan = rowsOf<Record<string, string>>(result).map((r) => String(Object.values(r)[0] ?? ''));
  const execution = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)?.[1]).find(Boolean);
  return { plan, executionMs: execution ? Number(execution) : null };
}

// ---- the scenario ----

export async function benchRegistry(
  runner: LoadRunner,
  options: RegistryOptions,
  tmpDir: string,
  progress: (message: string) => void,
): Promise<RegistryResult> {
  const notes: string[] = [];
  const pg = await createScratchDatabase('registry');
  let scratch: ScratchDatabase | null = null;
  if ('unavailable' in pg) {
    notes.push(
      `PostgreSQL not reachable (${pg.unavailable}): measured on PGlite instead (not comparable with PostgreSQL runs)`,
    );
  } else {
    scratch = pg;
  }
  try {
    const config = loadConfig({
      DATA_DIR: join(tmpDir, 'registry-data'),
      DATABASE_URL: scratch?.url,
      DEMO_DATA: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    });
    progress(`registry: startServices on ${scratch ? describeUrl(scratch.url) : 'PGlite'} (DEMO_DATA=false)`);
    const services = await startServices(config);
    try {
      return await run(services, runner, options, progress, notes);
    } finally {
      await services.close();
    }
  } finally {
    if (scratch) await dropScratchDatabase(scratch);
  }
}

async function run(
  services: Services,
  runner: LoadRunner,
  options: RegistryOptions,
  progress: (message: string) => void,
  notes: string[],
): Promise<RegistryResult> {
  const { deps } = services;
  const db = deps.db;
  const auditActor = { id: null, label: 'bench' };

  // a. Import.
  const csv = generatedSheet(deps.adminUnits, options.importRows);
  const file = { name: 'bench-registry.csv', bytes: Buffer.from(csv) };
  const rows = options.importRows;
  progress(`registry: readSheet + parseSheet of ${rows.toLocaleString('en-US')} rows (baseline)`);
  const parseOnce = async () => {
    const sheet = await readSheet(file.bytes, file.name);
    const parsed = parseSheet(sheet.rows);
    if (!parsed || parsed.rows.length !== rows) throw new Error('the generated sheet did not parse');
  };
  await parseOnce(); // warm-up
  const parseRuns: number[] = [];
  for (let i = 0; i < 3; i++) parseRuns.push((await timed(parseOnce)).ms);
  const parseMs = median(parseRuns);
  const parseRps = (rows * 1000) / parseMs;

  progress('registry: importFile dry run (upload + preview)');
  const dry = await timed(() => importFile(deps, null, auditActor, file, { dryRun: true }));
  progress('registry: importFile (upload + preview + commit)');
  const full = await timed(() => importFile(deps, null, auditActor, file, { dryRun: false }));
  if (!full.value.committed) throw new Error('the import did not commit');
  const step = (ms: number): ImportStep => ({
    ms: round(ms, 0),
    rowsPerSecond: round((rows * 1000) / ms, 0),
    ratio: (rows * 1000) / ms / parseRps,
  });

  // b. Search over HTTP.
  const password = 'bench-Registry-2026';
  const user = await createUser(deps, null, auditActor, {
    username: 'bench.ministry',
    displayName: 'Bench (Bộ Nông nghiệp và Môi trường)',
    password,
    role: 'ministry_admin',
  });
  const actor: Actor = { id: user.id, role: 'ministry_admin', provinceCode: null, communeCode: null };
  const logLevel = process.env.BENCH_LOG_LEVEL; // e.g. error, to see why a search answers 500
  const app = await buildApp(deps, {
    engine: services.database.engine,
    ...(logLevel ? { logger: { level: logLevel } } : {}),
  });
  const levels: SearchLevel[] = [];
  const explains: SearchPlan[] = [];
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appBase = `http://127.0.0.1:${portOf(app)}`;
    const headers = { cookie: await logIn(app, user.username, password) };
    const paths = SEARCH_QUERIES.map(searchPath);

    const imported = await vacuumAnalyze(db);
    const sizes = await counts(db);
    progress(`registry: search at ${sizes.products.toLocaleString('en-US')} products — baseline, app`);
    levels.push(level(sizes, null, imported, await measureSearch(appBase, headers, paths, runner, options)));

    progress(
      `registry: growing to ${options.grownProducts.toLocaleString('en-US')} products (set-based SQL)`,
    );
    const grow = await timed(() => growRegistry(db, deps.adminUnits, options.grownProducts));
    const grown = await vacuumAnalyze(db);
    const grownSizes = await counts(db);
    progress(`registry: search at ${grownSizes.products.toLocaleString('en-US')} products — baseline, app`);
    const measured = await measureSearch(appBase, headers, paths, runner, options);
    const last = level(grownSizes, grow.ms, grown, measured);
    levels.push(last);

    const byMean = (measured.app.byUrl ?? [])
      .map((u, i) => ({ query: SEARCH_QUERIES[i] ?? '', meanMs: u.meanMs }))
      .filter((u) => Number.isFinite(u.meanMs))
      .sort((a, b) => b.meanMs - a.meanMs);
    const slowest = byMean[0];
    const slowestText = byMean.find((u) => u.query.startsWith('q='));
    const targets = [
      ...(slowest ? [{ query: slowest.query, why: 'slowest of the rotation' }] : []),
      ...(slowestText && slowestText !== slowest
        ? [{ query: slowestText.query, why: 'slowest text search (q=)' }]
        : []),
    ];
    for (const { query, why } of targets) {
      progress(`registry: EXPLAIN ANALYZE ${query}`);
      explains.push({
        products: grownSizes.products,
        query,
        why,
        ...(await explainSearch(services, actor, query)),
      });
    }
  } finally {
    await app.close();
  }

  return {
    engine: services.database.engine,
    location: services.database.location,
    notes,
    import: {
      rows,
      fileBytes: file.bytes.length,
      parse: { ms: round(parseMs, 0), rowsPerSecond: round(parseRps, 0) },
      dryRun: step(dry.ms),
      full: step(full.ms),
      commitMs: round(full.ms - dry.ms, 0),
      summary: full.value.summary,
    },
    search: { queries: [...SEARCH_QUERIES], levels, explains },
  };
}
