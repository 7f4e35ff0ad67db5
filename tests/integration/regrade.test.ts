import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.ts';
import { createProducer } from '../../src/app/producers/create-producer.ts';
import { addCertificate } from '../../src/app/products/add-certificate.ts';
import { createProduct } from '../../src/app/products/create-product.ts';
import { startServices } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { DatabaseTarget } from '../../src/db/client.ts';
import { insertEvaluation } from '../../src/db/repositories/evaluations.repository.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import type { ScoreSheet } from '../../src/domain/scoring/evaluation-types.ts';
import { scoreEvaluation } from '../../src/domain/scoring/score-evaluation.ts';
import { maxAnswers, maxExcept } from '../../src/domain/scoring/scoring.test-support.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { cloneForTest } from '../helpers/test-databases.ts';

const run = promisify(execFile);
const OCOP = fileURLToPath(new URL('../../cli/ocop.mjs', import.meta.url));
const SHIPPED = readFileSync(new URL('../../data/criteria/decision-26-2026.json', import.meta.url), 'utf8');
const AUDIT = { id: null, label: 'test-factory' };

type OptionJson = { points: number; minStarFor: number | null };
type CriteriaJson = {
  decision: string;
  productSets: {
    id: number;
    parts: { sections: { criteria: { code: string; options: OptionJson[] }[] }[] }[];
  }[];
};

/** The shipped criteria as a new decision, with one option of set 1's criterion 1.3 edited. */
function variant(optionIndex: number, edit: (option: OptionJson) => void): string {
  const data = JSON.parse(SHIPPED) as CriteriaJson;
  data.decision = '99/2099/QĐ-TTg';
  const criteria = data.productSets
    .find((p) => p.id === 1)
    ?.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  const option = criteria?.find((c) => c.code === '1.3')?.options[optionIndex];
  if (!option) throw new Error('set 1 has no criterion 1.3 option');
  edit(option);
  return JSON.stringify(data, null, 2);
}

type Seeded = Record<'best' | 'short' | 'tea' | 'broken', { id: string; name: string }>;

/** Products with council evaluations: 100/5★ (certified 5★), 99/4★ (certified 4★), set 11, and a corrupt one. */
async function seed(deps: AppDeps): Promise<Seeded> {
  const admin = await buildUser(deps, { role: 'ministry_admin' });
  const actor: Actor = { id: admin.id, role: 'ministry_admin', provinceCode: null, communeCode: null };
  const commune = deps.adminUnits.communes2025Of('08')[0]?.code ?? '';
  const producer = await createProducer(deps, actor, AUDIT, {
    name: `HTX chấm lại ${randomUUID().slice(0, 8)}`,
    type: 'cooperative',
    communeCode: commune,
  });
  const product = (name: string, productSetId: number) =>
    createProduct(deps, actor, AUDIT, { producerId: producer.id, name, productSetId });
  const [best, short, tea, broken] = [
    await product('Rau cải tối đa', 1),
    await product('Rau muống thiếu 1.3', 1),
    await product('Chè shan tuyết', 11),
    await product('Rau hỏng dữ liệu', 1),
  ];
  await addCertificate(deps, actor, AUDIT, best.id, { stars: 5, validFrom: '2025-06-15' });
  await addCertificate(deps, actor, AUDIT, short.id, { stars: 4, validFrom: '2025-06-15' });
  const [criteria] = deps.criteriaSets;
  if (!criteria) throw new Error('no criteria set');
  const council = async (productId: string, productSetId: number, sheets: ScoreSheet[], at = new Date()) => {
    let result = { totalText: '0.00', stars: 1 };
    try {
      result = scoreEvaluation(criteria, { productSetId, sheets });
    } catch {} // the corrupt row keeps its stored result
    await insertEvaluation(deps.db, {
      productId,
      kind: 'council',
      criteriaSetId: criteria.id,
      productSetId,
      sheets,
      resultTotal: result.totalText,
      resultStars: result.stars,
      createdBy: admin.id,
      createdAt: at,
      updatedAt: at,
    });
  };
  const short13 = maxExcept(1, { '1.3': 2 }); // 2 of 3 points: below the ***** marker → 99, 4★
  await council(best.id, 1, [{ answers: maxAnswers(1) }, { answers: maxAnswers(1) }]);
  await council(short.id, 1, [{ answers: maxAnswers(1) }], new Date(Date.now() - 86_400_000)); // older
  await council(short.id, 1, [{ answers: short13 }, { answers: short13 }]);
  await council(tea.id, 11, [{ answers: maxAnswers(11) }]);
  await council(broken.id, 1, [{ answers: { '1.1': 42 } }]);
  await insertEvaluation(deps.db, {
    kind: 'self_assessment_draft',
    criteriaSetId: criteria.id,
    productSetId: 1,
    sheets: [{ answers: short13 }],
    createdBy: admin.id,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const pick = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });
  return { best: pick(best), short: pick(short), tea: pick(tea), broken: pick(broken) };
}

describe('what-if regrading through the API', () => {
  let t: TestApp;
  let seeded: Seeded;
  beforeAll(async () => {
    t = await createTestApp();
    seeded = await seed(t.deps);
  });
  afterAll(() => t?.close());

  const regrade = (headers: Record<string, string>, payload: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/criteria-sets/regrade',
      headers: { ...headers, 'content-type': 'application/json' },
      payload,
    });

  it('reports the product whose total changes when one option is worth less (ministry)', async () => {
    const ministry = await buildUser(t.deps, { role: 'ministry_admin' });
    const { headers } = await loginAs(t.app, ministry.username);
    const file = variant(1, (o) => {
      o.points = 1; // 1.3 "machines": 2 → 1 point
    });
    const response = await regrade(headers, file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      criteriaSetId: '99/2099/QĐ-TTg',
      fingerprint: createHash('sha256').update(file).digest('hex'),
      evaluated: 4,
      changed: [
        {
          productId: seeded.short.id,
          productName: seeded.short.name,
          productSetId: 1,
          before: { total: 99, stars: 4 },
          after: { total: 98, stars: 4 },
          certifiedStars: 4,
        },
      ],
      unchanged: 2,
      failed: [
        {
          productId: seeded.broken.id,
          productName: seeded.broken.name,
          reason: expect.stringContaining('1.1'),
        },
      ],
    });
  });

  it('refuses invalid criteria data with every problem, and refuses a province officer', async () => {
    const ministry = await buildUser(t.deps, { role: 'ministry_admin' });
    const { headers } = await loginAs(t.app, ministry.username);
    const invalid = await regrade(
      headers,
      variant(2, (o) => {
        o.points = 4; // above the criterion's maximum (3)
      }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: expect.any(Array) });
    expect(JSON.stringify(invalid.json().errors)).toContain('1.3');

    const officer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
    const forbidden = await regrade((await loginAs(t.app, officer.username)).headers, SHIPPED);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('ocop regrade', () => {
  let env: Record<string, string>;
  let dir: string;
  let dispose: () => Promise<void>;
  let seeded: Seeded;

  beforeAll(async () => {
    const prepared = inject('preparedDatabase');
    dir = await mkdtemp(join(tmpdir(), 'ocop-regrade-'));
    let target: DatabaseTarget;
    if (prepared.engine === 'pglite') {
      await cp(prepared.templateDir, join(dir, 'pglite'), { recursive: true });
      target = { pgliteDir: join(dir, 'pglite') };
      env = { DATA_DIR: dir };
      dispose = () => rm(dir, { recursive: true, force: true });
    } else {
      const clone = await cloneForTest(prepared, 'regrade');
      if (!('databaseUrl' in clone.target)) throw new Error('expected a PostgreSQL clone');
      target = clone.target;
      env = { DATABASE_URL: clone.target.databaseUrl, DATA_DIR: dir };
      dispose = async () => {
        await clone.dispose();
        await rm(dir, { recursive: true, force: true });
      };
    }
    const config = loadConfig({ ...env, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const services = await startServices(config, { target, assumePrepared: true });
    try {
      seeded = await seed(services.deps);
    } finally {
      await services.close(); // PGlite: one process at a time
    }
  });
  afterAll(() => dispose?.());

  const ocop = (args: string[]) =>
    run(process.execPath, [OCOP, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  it('prints which certified products would change rank under a criteria file', async () => {
    const file = join(dir, 'no-5-star-marker.json');
    await writeFile(
      file,
      variant(2, (o) => {
        o.minStarFor = null; // 1.3 no longer required for 5★
      }),
    );
    const result = await ocop(['regrade', '--criteria-set', file]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ criteriaSetId: '99/2099/QĐ-TTg', evaluated: 4, unchanged: 2 });
    expect(report.changed).toEqual([
      {
        productId: seeded.short.id,
        productName: seeded.short.name,
        productSetId: 1,
        before: { total: 99, stars: 4 },
        after: { total: 99, stars: 5 },
        certifiedStars: 4,
      },
    ]);
    expect(report.failed.map((f: { productId: string }) => f.productId)).toEqual([seeded.broken.id]);
  });

  it('exits 1 on invalid criteria data, 66 on an unreadable file, 64 without --criteria-set', async () => {
    const file = join(dir, 'invalid.json');
    await writeFile(
      file,
      variant(2, (o) => {
        o.points = 4;
      }),
    );
    const invalid = await ocop(['regrade', '--criteria-set', file]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('VALIDATION_FAILED');
    expect(invalid.stderr).toContain('1.3');
    expect((await ocop(['regrade', '--criteria-set', join(dir, 'missing.json')])).code).toBe(66);
    expect((await ocop(['regrade'])).code).toBe(64);
  });
});
