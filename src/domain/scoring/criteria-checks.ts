// Semantic checks of a loaded criteria set: the sums, maxima, bands, markers, groups, cases, conditions
// and gates the engine relies on. Run by the loader; any problem rejects the whole file.
import { checkCriterion } from './criterion-checks.ts';
import { decimalPlaces } from './points.ts';
import type { CriteriaSet, Criterion, ProductSet, Section } from './types.ts';

/** A criteria data file is invalid; `problems` lists everything found, one line each. */
export class CriteriaDataError extends Error {
  override readonly name = 'CriteriaDataError';
  readonly problems: string[];

  constructor(source: string, problems: string[]) {
    super(`${source}: ${problems.length} problem(s) in the criteria data\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function checkBands(set: CriteriaSet, problems: string[]): void {
  const bands = set.starBands;
  const stars = bands.map((b) => b.stars);
  if (new Set(stars).size !== stars.length) problems.push('starBands: repeated star levels');
  const ascending = [...bands].sort((a, b) => a.stars - b.stars);
  ascending.forEach((band, i) => {
    const lower = ascending[i - 1];
    if (lower && band.min <= lower.min)
      problems.push(`starBands: ${band.stars}★ must start above ${lower.stars}★`);
    if (lower?.certified && !band.certified)
      problems.push(`starBands: ${band.stars}★ below a certified level`);
    if (decimalPlaces(band.min) === null)
      problems.push(`starBands: ${band.stars}★ min has too many decimals`);
  });
  if (ascending[0]?.min !== 0) problems.push('starBands: the lowest band must start at 0');
  if (!bands.some((b) => b.certified)) problems.push('starBands: no certified band');
}

function checkSection(where: string, section: Section, problems: string[]): void {
  const leaves = sum(section.criteria.map((c) => c.maxPoints));
  if (!close(leaves, section.maxPoints)) {
    problems.push(`${where}: criteria sum to ${leaves}, not the section maximum ${section.maxPoints}`);
  }
  for (const c of section.criteria) {
    if (c.code !== section.code && !c.code.startsWith(`${section.code}.`)) {
      problems.push(`${where}: criterion ${c.code} is not numbered under section ${section.code}`);
    }
    if (c.group !== undefined && !section.groups?.some((g) => g.code === c.group)) {
      problems.push(`${where}: criterion ${c.code} names an unknown group ${c.group}`);
    }
  }
  for (const g of section.groups ?? []) {
    const members = g.criteriaCodes.map((code) => section.criteria.find((c) => c.code === code));
    if (members.some((m) => m === undefined || m.group !== g.code)) {
      problems.push(`${where} group ${g.code}: lists criteria that are not its leaves in this section`);
    }
    const total = sum(members.map((m) => m?.maxPoints ?? 0));
    if (!close(total, g.maxPoints))
      problems.push(`${where} group ${g.code}: leaves sum to ${total}, not ${g.maxPoints}`);
  }
}

function checkReferences(
  where: string,
  productSet: ProductSet,
  leaves: Criterion[],
  problems: string[],
): void {
  const codes = leaves.map((c) => c.code);
  for (const code of new Set(codes.filter((c, i) => codes.indexOf(c) !== i))) {
    problems.push(`${where}: criterion code ${code} is repeated`);
  }
  leaves.forEach((c, i) => {
    for (const key of (c.cases ?? []).map((k) => `${c.code}.${k.code}`)) {
      if (codes.includes(key)) problems.push(`${where}: case key ${key} is also a criterion code`);
    }
    const target = c.appliesWhen?.criterionCode;
    if (target !== undefined && !codes.slice(0, i).includes(target)) {
      problems.push(
        `${where} criterion ${c.code}: condition on ${target}, which is not an earlier criterion`,
      );
    }
  });
  const sections = productSet.parts.flatMap((p) => p.sections.map((s) => s.code));
  const ids = productSet.gates.map((g) => g.id);
  for (const id of new Set(ids.filter((g, i) => ids.indexOf(g) !== i)))
    problems.push(`${where}: gate id ${id} is repeated`);
  for (const gate of productSet.gates) {
    if (gate.criterionCode !== undefined && !codes.includes(gate.criterionCode)) {
      problems.push(`${where} gate ${gate.id}: unknown criterion ${gate.criterionCode}`);
    }
    if (gate.sectionCode !== undefined && !sections.includes(gate.sectionCode)) {
      problems.push(`${where} gate ${gate.id}: unknown section ${gate.sectionCode}`);
    }
  }
}

function checkProductSet(
  set: CriteriaSet,
  productSet: ProductSet,
  levels: number[],
  problems: string[],
): void {
  const where = `product set ${productSet.id}`;
  const definitions = set.partDefinitions;
  const partCodes = productSet.parts.map((p) => p.code).join(', ');
  if (partCodes !== definitions.map((d) => d.code).join(', ')) {
    problems.push(
      `${where}: parts ${partCodes} differ from the decision's ${definitions.map((d) => d.code).join(', ')}`,
    );
  }
  for (const part of productSet.parts) {
    const definition = definitions.find((d) => d.code === part.code);
    if (definition && !close(definition.maxPoints, part.maxPoints)) {
      problems.push(
        `${where} part ${part.code}: maximum ${part.maxPoints}, the decision says ${definition.maxPoints}`,
      );
    }
    const sections = sum(part.sections.map((s) => s.maxPoints));
    if (!close(sections, part.maxPoints)) {
      problems.push(`${where} part ${part.code}: sections sum to ${sections}, not ${part.maxPoints}`);
    }
    for (const s of part.sections) checkSection(`${where} section ${s.code}`, s, problems);
  }
  const leaves = productSet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  for (const c of leaves) problems.push(...checkCriterion(`${where} criterion ${c.code}`, c, levels));
  // The best sheet: the best option of every criterion (one case only for a criterion with cases).
  const best = sum(leaves.map((c) => Math.max(0, ...c.options.map((o) => o.points))));
  const expected = sum(definitions.map((d) => d.maxPoints));
  if (!close(best, productSet.maxPoints) || !close(best, expected)) {
    problems.push(
      `${where}: the best sheet scores ${best}, the set says ${productSet.maxPoints}, the parts ${expected}`,
    );
  }
  checkReferences(where, productSet, leaves, problems);
}

/** Điều 3: every score sheet totals 100 points (A 40 + B 25 + C 35 in 26/2026). */
export const SHEET_MAX_POINTS = 100;

/** Every problem found in `set` (empty when it is consistent). */
export function checkCriteriaSet(set: CriteriaSet): string[] {
  const problems: string[] = [];
  checkBands(set, problems);
  const parts = sum(set.partDefinitions.map((d) => d.maxPoints));
  if (!close(parts, SHEET_MAX_POINTS)) {
    problems.push(`partDefinitions: parts sum to ${parts}, not ${SHEET_MAX_POINTS}`);
  }
  const levels = set.starBands.filter((b) => b.certified).map((b) => b.stars);
  const ids = set.productSets.map((p) => p.id);
  for (const id of new Set(ids.filter((p, i) => ids.indexOf(p) !== i)))
    problems.push(`product set ${id} is repeated`);
  if (set.productSets.length === 0) problems.push('no product sets');
  for (const productSet of set.productSets) checkProductSet(set, productSet, levels, problems);
  return problems;
}
