// Property: adding points to a sheet never lowers bandStars (nor stars, nor the total).
import { describe, expect, it } from 'vitest';
import type { Answers } from './scoring.test-support.ts';
import { leaves, PRODUCT_SET_IDS, score } from './scoring.test-support.ts';

/** mulberry32: a small seeded PRNG, so a failure reproduces from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

/** A random sheet: each criterion unanswered one time in six, otherwise a random option. */
function randomSheet(random: () => number, id: number): Answers {
  const answers: Answers = {};
  for (const c of leaves(id)) {
    if (random() < 1 / 6) continue;
    answers[c.code] = Math.floor(random() * c.options.length);
  }
  return answers;
}

/** The same sheet with one criterion moved to an option worth strictly more points (any case), if any. */
function addPoints(random: () => number, id: number, sheet: Answers): Answers | undefined {
  const candidates = leaves(id).flatMap((c) => {
    const current = sheet[c.code] === undefined ? 0 : (c.options[sheet[c.code] ?? 0]?.points ?? 0);
    const better = c.options.flatMap((o, i) => (o.points > current ? [i] : []));
    return better.length > 0 ? [{ code: c.code, better }] : [];
  });
  const chosen = pick(random, candidates);
  if (!chosen) return undefined;
  return { ...sheet, [chosen.code]: pick(random, chosen.better) ?? 0 };
}

const SEEDS = Array.from({ length: 20 }, (_, i) => 2026 + i * 7919);

describe('adding points never lowers the result', () => {
  it.each(SEEDS)('seed %i: 100 random evaluations, each raised step by step', (seed) => {
    const random = prng(seed);
    for (let round = 0; round < 100; round++) {
      const id = pick(random, PRODUCT_SET_IDS) ?? 1;
      const sheets = Array.from({ length: 1 + Math.floor(random() * 4) }, () => randomSheet(random, id));
      let before = score(id, ...sheets);
      for (let step = 0; step < 5; step++) {
        const which = Math.floor(random() * sheets.length);
        const raised = addPoints(random, id, sheets[which] ?? {});
        if (!raised) break;
        sheets[which] = raised;
        const after = score(id, ...sheets);
        const context = `seed ${seed} round ${round} step ${step} set ${id}`;
        expect(after.total, context).toBeGreaterThanOrEqual(before.total);
        expect(after.bandStars, context).toBeGreaterThanOrEqual(before.bandStars);
        expect(after.stars, context).toBeGreaterThanOrEqual(before.stars);
        before = after;
      }
    }
  });
});
