// Builds answer sheets from the shipped criteria (data/criteria) so test rows stay readable.
import { readCriteriaSets } from '../../reference/criteria-files.ts';
import type { EvaluationInput, EvaluationResult } from './evaluation-types.ts';
import { scoreEvaluation } from './score-evaluation.ts';
import type { CriteriaSet, Criterion, ProductSet } from './types.ts';

export type Answers = Record<string, number>;

let loaded: CriteriaSet | undefined;

/** The 26/2026/QĐ-TTg criteria, read once. */
export function decision26(): CriteriaSet {
  loaded ??= readCriteriaSets().find((s) => s.id === '26/2026/QĐ-TTg');
  if (!loaded) throw new Error('26/2026/QĐ-TTg not found in data/criteria');
  return loaded;
}

export const PRODUCT_SET_IDS = Array.from({ length: 26 }, (_, i) => i + 1);

export function productSet(id: number): ProductSet {
  const found = decision26().productSets.find((p) => p.id === id);
  if (!found) throw new Error(`no product set ${id}`);
  return found;
}

export function leaves(id: number): Criterion[] {
  return productSet(id).parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
}

export function criterion(id: number, code: string): Criterion {
  const found = leaves(id).find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code} in set ${id}`);
  return found;
}

/** Index of the first option of `code` worth `points` (within `caseCode` when given). */
export function optionWith(id: number, code: string, points: number, caseCode?: string): number {
  const index = criterion(id, code).options.findIndex(
    (o) => o.points === points && (caseCode === undefined || o.case === caseCode),
  );
  if (index < 0) throw new Error(`set ${id} criterion ${code} has no option worth ${points}`);
  return index;
}

/** The best option of every criterion (the first case's, for set 26's criteria with cases). */
export function maxAnswers(id: number): Answers {
  const answers: Answers = {};
  for (const c of leaves(id)) answers[c.code] = optionWith(id, c.code, c.maxPoints, c.cases?.[0]?.code);
  return answers;
}

/** Max everything, except: a number = points to choose for that code; null = leave it unanswered. */
export function maxExcept(id: number, changes: Record<string, number | null>): Answers {
  const answers = maxAnswers(id);
  for (const [code, points] of Object.entries(changes)) {
    if (points === null) delete answers[code];
    else answers[code] = optionWith(id, code, points);
  }
  return answers;
}

/** Points of the cumulative floor of `c` for `level` (0 when no marker applies). */
export function floorPoints(c: Criterion, level: number): number {
  return Math.max(
    0,
    ...c.options.filter((o) => o.minStarFor !== null && o.minStarFor <= level).map((o) => o.points),
  );
}

/**
 * A sheet totalling exactly `total`, keeping every floor of `floorLevel` (none when omitted; criteria may then
 * be left unanswered), with the criteria in `fixed` at the given points (null: unanswered). Conditions (5.1)
 * score above 0 unless fixed, so conditional criteria count. Undefined when no such sheet exists.
 */
export function sheetWithTotal(
  id: number,
  total: number,
  floorLevel?: number,
  fixed: Record<string, number | null> = {},
): Answers | undefined {
  const conditions = new Set(leaves(id).flatMap((c) => (c.appliesWhen ? [c.appliesWhen.criterionCode] : [])));
  let reachable = new Map<number, Answers>([[0, {}]]);
  for (const c of leaves(id)) {
    const floor = floorLevel === undefined ? 0 : floorPoints(c, floorLevel);
    let choices: [number, number][] = c.options.flatMap((o, i): [number, number][] =>
      o.points >= floor && !(conditions.has(c.code) && o.points === 0) ? [[i, o.points]] : [],
    );
    if (floorLevel === undefined && !conditions.has(c.code)) choices.push([-1, 0]);
    const pinned = fixed[c.code];
    if (pinned === null) choices = [[-1, 0]];
    else if (pinned !== undefined) choices = [[optionWith(id, c.code, pinned), pinned]];
    const next = new Map<number, Answers>();
    for (const [sum, answers] of reachable) {
      for (const [index, points] of choices) {
        const key = sum + points;
        if (key > total || next.has(key)) continue;
        next.set(key, index < 0 ? answers : { ...answers, [c.code]: index });
      }
    }
    reachable = next;
  }
  return reachable.get(total);
}

export function mustHaveTotal(
  id: number,
  total: number,
  floorLevel?: number,
  fixed: Record<string, number | null> = {},
): Answers {
  const answers = sheetWithTotal(id, total, floorLevel, fixed);
  if (!answers) throw new Error(`set ${id}: no sheet totals ${total} with floors of ${floorLevel}★`);
  return answers;
}

export function score(id: number, ...sheets: Answers[]): EvaluationResult {
  return scoreEvaluation(decision26(), { productSetId: id, sheets: sheets.map((answers) => ({ answers })) });
}

export function scoreInput(input: EvaluationInput): EvaluationResult {
  return scoreEvaluation(decision26(), input);
}

/** Star band of a total, written out independently of the engine (Điều 3 khoản 3). */
export function bandOf(total: number): number {
  if (total >= 90) return 5;
  if (total >= 70) return 4;
  if (total >= 50) return 3;
  return total >= 30 ? 2 : 1;
}
