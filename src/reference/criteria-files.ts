// Reads the criteria data files (data/criteria/*.json, one per decision) into validated CriteriaSets.
// Does I/O. Structure is checked with zod, meaning with checkCriteriaSet; any problem rejects the file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readCondition } from '../domain/scoring/conditions.ts';
import { CriteriaDataError, checkCriteriaSet } from '../domain/scoring/criteria-checks.ts';
import type { CriteriaSet, Criterion, Gate, ProductSet } from '../domain/scoring/types.ts';

export { findCriteriaSet, findProductSet, latestCriteriaSet } from '../domain/scoring/catalog.ts';
export { CriteriaDataError } from '../domain/scoring/criteria-checks.ts';

/** data/criteria/ of the repository this file belongs to. */
export const DEFAULT_CRITERIA_DIR = fileURLToPath(new URL('../../data/criteria/', import.meta.url));

const text = z.string().min(1);
const points = z.number().finite().nonnegative();

const OptionSchema = z.strictObject({
  label: text,
  points,
  minStarFor: z.number().int().positive().nullable(),
  case: text.optional(),
  synthetic: z.boolean().optional(),
});

const CriterionSchema = z.strictObject({
  code: z.string().regex(/^\d+(\.\d+)*$/, 'criterion codes look like "5" or "6.1.2"'),
  name: text,
  maxPoints: points,
  note: z.string().optional(),
  options: z.array(OptionSchema).min(1),
  group: text.optional(),
  cases: z
    .array(z.strictObject({ code: text, label: text }))
    .min(2)
    .optional(),
  caseInstruction: z.string().optional(),
  appliesWhen: z.strictObject({ criterionCode: text, reason: z.string().optional() }).optional(),
  impliedBySection: z.boolean().optional(),
  optionsSynthesized: z.boolean().optional(),
  transcriptIssues: z.array(z.string()).optional(),
});

const GateSchema = z
  .strictObject({
    id: text.optional(),
    scope: z.enum(['dossier', 'criterion', 'section']),
    effect: z.enum(['reject', 'stopEvaluation', 'notEvaluated']),
    text,
    criterionCode: text.optional(),
    sectionCode: text.optional(),
  })
  .refine(
    (g) => (g.scope === 'criterion') === (g.criterionCode !== undefined),
    'criterionCode ⇔ scope criterion',
  )
  .refine((g) => (g.scope === 'section') === (g.sectionCode !== undefined), 'sectionCode ⇔ scope section');

const SectionSchema = z.object({
  code: z.string().regex(/^\d+$/, 'section codes are numbers'),
  name: text,
  maxPoints: points,
  note: z.string().optional(),
  groups: z
    .array(z.object({ code: text, name: text, maxPoints: points, criteriaCodes: z.array(text).min(1) }))
    .optional(),
  criteria: z.array(CriterionSchema).min(1),
});

const ProductSetSchema = z.object({
  id: z.number().int().positive(),
  name: text,
  sector: text,
  group: text,
  subgroup: text.nullable(),
  maxPoints: points,
  gates: z.array(GateSchema),
  parts: z.array(
    z.object({ code: text, name: text, maxPoints: points, sections: z.array(SectionSchema).min(1) }),
  ),
});

const CriteriaFileSchema = z.object({
  decision: text,
  title: text,
  effectiveFrom: z.iso.date(),
  dataVersion: text,
  partDefinitions: z.array(z.object({ code: text, maxPoints: points })).min(1),
  starBands: z
    .array(
      z.object({
        stars: z.number().int().positive(),
        min: points,
        label: text,
        certified: z.boolean(),
        recognizedBy: text.nullable(),
      }),
    )
    .min(2),
  productSets: z.array(ProductSetSchema).min(1),
});

type CriterionData = z.infer<typeof CriterionSchema>;
type ProductSetData = z.infer<typeof ProductSetSchema>;

function toCriterion(
  data: CriterionData,
  earlier: Criterion[],
  problems: string[],
  where: string,
): Criterion {
  const { optionsSynthesized: _s, transcriptIssues: _t, appliesWhen, ...criterion } = data;
  if (appliesWhen) {
    return {
      ...criterion,
      appliesWhen: { criterionCode: appliesWhen.criterionCode, reason: appliesWhen.reason ?? '' },
    };
  }
  const reading = readCondition(data.note, earlier);
  if (reading.kind === 'unresolved') {
    problems.push(
      `${where} criterion ${data.code}: applies only when "${reading.subject}", no earlier criterion has that name`,
    );
  }
  return reading.kind === 'condition' ? { ...criterion, appliesWhen: reading.appliesWhen } : criterion;
}

function toProductSet(data: ProductSetData, problems: string[]): ProductSet {
  const where = `product set ${data.id}`;
  const earlier: Criterion[] = [];
  const parts = data.parts.map((part) => ({
    ...part,
    sections: part.sections.map((section) => ({
      ...section,
      criteria: section.criteria.map((c) => {
        const criterion = toCriterion(c, earlier, problems, where);
        earlier.push(criterion);
        return criterion;
      }),
    })),
  }));
  const gates: Gate[] = data.gates.map((g) => ({
    ...g,
    id: g.id ?? (g.scope === 'dossier' ? 'dossier' : `${g.scope}:${g.criterionCode ?? g.sectionCode}`),
  }));
  const { id, name, sector, group, subgroup, maxPoints } = data;
  return { id, name, sector, group, subgroup, maxPoints, gates, parts };
}

const formatPath = (path: PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

/** Parses and checks one data file's text; throws CriteriaDataError listing every problem found. */
export function parseCriteriaFile(source: string, bytes: Buffer): CriteriaSet {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CriteriaDataError(source, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = CriteriaFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new CriteriaDataError(
      source,
      parsed.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`),
    );
  }
  const data = parsed.data;
  const problems: string[] = [];
  const set: CriteriaSet = {
    id: data.decision,
    title: data.title,
    effectiveFrom: data.effectiveFrom,
    dataVersion: data.dataVersion,
    fingerprint: createHash('sha256').update(bytes).digest('hex'),
    partDefinitions: data.partDefinitions,
    starBands: [...data.starBands].sort((a, b) => b.stars - a.stars),
    productSets: data.productSets.map((p) => toProductSet(p, problems)),
  };
  problems.push(...checkCriteriaSet(set));
  if (problems.length > 0) throw new CriteriaDataError(source, problems);
  return set;
}

/** Reads every *.json file of `dir` (one criteria set each, in file-name order); throws CriteriaDataError. */
export function readCriteriaSets(dir: string = DEFAULT_CRITERIA_DIR): CriteriaSet[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new CriteriaDataError(dir, ['no criteria files (*.json)']);
  const sets = files.map((file) => parseCriteriaFile(file, readFileSync(join(dir, file))));
  const ids = sets.map((s) => s.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0)
    throw new CriteriaDataError(dir, [`decision ${repeated.join(', ')} is in several files`]);
  return sets;
}
