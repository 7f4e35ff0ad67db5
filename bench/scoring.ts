// Pure scoring speed: scoreEvaluation (floors, bands, subtotals, blockedBy…) over random 5-member council
// evaluations of all 26 product sets, against a baseline loop that only sums the chosen options' points of
// the same sheets. Same process, no I/O inside the timed loops.
import { performance } from 'node:perf_hooks';
import type { EvaluationInput } from '../src/domain/scoring/evaluation-types.ts';
import { scoreEvaluation } from '../src/domain/scoring/score-evaluation.ts';
import type { CriteriaSet, Criterion, Section } from '../src/domain/scoring/types.ts';
import { round } from './stats.ts';

export type ScoringResult = {
  evaluations: number;
  sheetsPerEvaluation: number;
  engine: { seconds: number; sheetsPerSecond: number; evaluationsPerSecond: number };
  baseline: { seconds: number; sheetsPerSecond: number };
  /** engine sheets/s ÷ baseline sheets/s. */
  ratio: number;
};

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function leavesOf(sections: readonly Section[]): Criterion[] {
  return sections.flatMap((s) => s.criteria);
}

function randomEvaluations(set: CriteriaSet, count: number, sheets: number): EvaluationInput[] {
  const random = mulberry32(2026);
  return Array.from({ length: count }, (_, i) => {
    const productSet = set.productSets[i % set.productSets.length];
    if (!productSet) throw new Error('criteria set has no product sets');
    const criteria = productSet.parts.flatMap((p) => leavesOf(p.sections));
    return {
      productSetId: productSet.id,
      sheets: Array.from({ length: sheets }, () => ({
        answers: Object.fromEntries(
          criteria
            .filter((c) => c.options.length > 0 && !c.cases?.length)
            .map((c) => [c.code, Math.floor(random() * c.options.length)]),
        ),
      })),
    };
  });
}

function timeLoop(minMs: number, body: () => void): { seconds: number; rounds: number } {
  const start = performance.now();
  let rounds = 0;
  do {
    body();
    rounds += 1;
  } while (performance.now() - start < minMs);
  return { seconds: (performance.now() - start) / 1000, rounds };
}

export function benchScoring(set: CriteriaSet, minMs: number): ScoringResult {
  const evaluations = randomEvaluations(set, 520, 5);
  const points = new Map<string, number[]>();
  for (const ps of set.productSets) {
    for (const c of ps.parts.flatMap((p) => leavesOf(p.sections))) {
      points.set(
        `${ps.id}:${c.code}`,
        c.options.map((o) => o.points),
      );
    }
  }
  for (const e of evaluations.slice(0, 50)) scoreEvaluation(set, e); // warm-up
  const engine = timeLoop(minMs, () => {
    for (const e of evaluations) scoreEvaluation(set, e);
  });
  let sink = 0;
  const baseline = timeLoop(minMs, () => {
    for (const e of evaluations) {
      for (const sheet of e.sheets) {
        for (const [code, index] of Object.entries(sheet.answers)) {
          sink += points.get(`${e.productSetId}:${code}`)?.[index] ?? 0;
        }
      }
    }
  });
  if (sink < 0) console.log(sink);
  const sheets = evaluations.length * 5;
  const engineSheets = (engine.rounds * sheets) / engine.seconds;
  const baselineSheets = (baseline.rounds * sheets) / baseline.seconds;
  return {
    evaluations: evaluations.length,
    sheetsPerEvaluation: 5,
    engine: {
      seconds: round(engine.seconds, 2),
      sheetsPerSecond: Math.round(engineSheets),
      evaluationsPerSecond: Math.round(engineSheets / 5),
    },
    baseline: { seconds: round(baseline.seconds, 2), sheetsPerSecond: Math.round(baselineSheets) },
    ratio: round(engineSheets / baselineSheets, 3),
  };
}
