import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config/env.ts';
import { maxAnswers, maxExcept, mustHaveTotal } from '../domain/scoring/scoring.test-support.ts';
import { runScore } from './score.ts';

const dir = mkdtempSync(join(tmpdir(), 'ocop-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let fileNumber = 0;
function file(content: unknown): string {
  const path = join(dir, `evaluation-${fileNumber++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs `ocop score` in-process, capturing what it prints. */
async function score(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  const code = await runScore(loadConfig({}), args);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('ocop score FILE', () => {
  it('prints one result for one evaluation', async () => {
    const evaluation = {
      productSetId: 1,
      sheets: [{ answers: maxAnswers(1) }, { answers: maxExcept(1, { '2.3': 2 }), gates: ['dossier'] }],
    };
    const { code, stdout } = await score([file(evaluation)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      criteriaSetId: '26/2026/QĐ-TTg',
      total: 99.5,
      totalText: '99.50',
      bandStars: 5,
      stars: 3,
      certifiable: true,
      divergent: false,
      blockedBy: [{ stars: 4 }, { stars: 5 }],
      gates: [{ id: 'dossier', sheets: [1] }],
    });
    expect(result.parts.map((p: { code: string }) => p.code)).toEqual(['A', 'B', 'C']);
  });

  it('prints an array of results, in order, for an array of evaluations', async () => {
    const evaluations = [
      { productSetId: 26, sheets: [{ answers: maxAnswers(26) }] },
      {
        productSetId: 3,
        sheets: [{ answers: mustHaveTotal(3, 69, 5) }, { answers: mustHaveTotal(3, 80, 5) }],
      },
      { criteriaSetId: '26/2026/QĐ-TTg', productSetId: 9, sheets: [{ answers: {} }] },
    ];
    const { code, stdout } = await score([file(evaluations)]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { productSetId: number; stars: number; divergent: boolean }) => r.stars)).toEqual([
      5, 4, 1,
    ]);
    expect(results[1]).toMatchObject({ total: 74.5, divergent: true });
  });

  it.each([
    {
      name: 'an out-of-range option',
      content: { productSetId: 1, sheets: [{ answers: { '3.2': 2 } }] },
      stderr: 'VALIDATION_FAILED: sheets[0].answers.3.2: Tiêu chí 3.2 có 2 phương án',
    },
    {
      name: 'both cases of set 26 criterion 8',
      content: { productSetId: 26, sheets: [{ answers: { '8.a': 0, '8.b': 2 } }] },
      stderr: 'sheets[0].answers.8.b: Tiêu chí 8 chỉ được chấm theo một trong hai trường hợp',
    },
    {
      name: 'the second evaluation of an array',
      content: [
        { productSetId: 1, sheets: [{ answers: {} }] },
        { productSetId: 30, sheets: [{ answers: {} }] },
      ],
      stderr: 'VALIDATION_FAILED: [1].productSetId: Không có bộ sản phẩm số 30',
    },
    {
      name: 'no sheets',
      content: { productSetId: 2, sheets: [] },
      stderr: 'sheets: Cần ít nhất một phiếu chấm điểm',
    },
    { name: 'text that is not JSON', content: '{ "productSetId": ', stderr: 'không phải JSON hợp lệ' },
  ])('exits 1 on $name, naming the field in Vietnamese', async ({ content, stderr }) => {
    const result = await score([file(content)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(stderr);
  });

  it('exits 64 without exactly one FILE and 66 when it cannot be read', async () => {
    expect((await score([])).code).toBe(64);
    expect((await score(['a.json', 'b.json'])).code).toBe(64);
    expect((await score([join(dir, 'missing.json')])).code).toBe(66);
  });
});

describe('npx ocop score FILE (a real process)', () => {
  const run = promisify(execFile);
  const OCOP = fileURLToPath(new URL('../../cli/ocop.mjs', import.meta.url));

  it('scores without touching the database', async () => {
    const dataDir = join(dir, 'never-created');
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const ok = await run(
      process.execPath,
      [OCOP, 'score', file({ productSetId: 2, sheets: [{ answers: {} }] })],
      {
        env,
      },
    );
    expect(JSON.parse(ok.stdout)).toMatchObject({ productSetId: 2, total: 0, stars: 1 });
    const bad = await run(process.execPath, [OCOP, 'score', file({ productSetId: 2, sheets: [] })], {
      env,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('VALIDATION_FAILED: sheets: Cần ít nhất một phiếu chấm điểm');
    expect(existsSync(dataDir)).toBe(false);
  }, 30_000);
});
