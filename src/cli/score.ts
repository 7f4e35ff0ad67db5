import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppConfig } from '../config/env.ts';
import type { DomainError } from '../domain/errors.ts';
import { isDomainError } from '../domain/errors.ts';
import { resolveCriteriaSet } from '../domain/scoring/catalog.ts';
import type { EvaluationResult } from '../domain/scoring/evaluation-types.ts';
import { parseEvaluationInput } from '../domain/scoring/input.ts';
import { scoreEvaluation } from '../domain/scoring/score-evaluation.ts';
import type { CriteriaSet } from '../domain/scoring/types.ts';
import { CriteriaDataError, readCriteriaSets } from '../reference/criteria-files.ts';

const USAGE =
  'Cách dùng / usage: ocop score FILE   (FILE: { "productSetId": 1, "sheets": [{ "answers": { "1.1": 2 } }] } ' +
  'hoặc một mảng các đánh giá / or an array of them; "-" đọc từ stdin / reads stdin)';

function scoreOne(sets: CriteriaSet[], raw: unknown): EvaluationResult {
  const input = parseEvaluationInput(raw);
  return scoreEvaluation(resolveCriteriaSet(sets, input.criteriaSetId), input);
}

/** Prints a validation failure: the Vietnamese message, then every offending field. */
function printInvalid(error: DomainError, prefix: string): void {
  const fields = error.fieldErrors ?? [];
  const [first] = fields;
  console.error(`${error.code}: ${first ? `${prefix}${first.field}: ${first.message}` : error.detail}`);
  for (const f of fields.slice(1)) console.error(`  ${prefix}${f.field}: ${f.message}`);
}

/**
 * `ocop score FILE`: scores one evaluation (or an array of them) with the shipped criteria and prints the
 * result(s) as JSON. Pure: reads data/criteria, never opens the database. Exit 0, 1 on invalid input or
 * data, 64 on bad usage, 66 when FILE cannot be read.
 */
export async function runScore(_config: AppConfig, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`Không đọc được tệp / cannot read ${file}: ${(error as Error).message}`);
    return 66;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    console.error(
      `VALIDATION_FAILED: ${file} không phải JSON hợp lệ / is not valid JSON: ${(error as Error).message}`,
    );
    return 1;
  }
  const items = Array.isArray(raw) ? raw : [raw];
  let index = 0;
  try {
    const sets = readCriteriaSets();
    const results = items.map((item, i) => {
      index = i;
      return scoreOne(sets, item);
    });
    console.log(JSON.stringify(Array.isArray(raw) ? results : results[0], null, 2));
    return 0;
  } catch (error) {
    if (isDomainError(error)) {
      printInvalid(error, Array.isArray(raw) ? `[${index}].` : '');
      return 1;
    }
    if (error instanceof CriteriaDataError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
