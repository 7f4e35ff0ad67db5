import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { regradeWithCriteriaFile } from '../app/scoring/regrade-with-criteria-file.ts';
import { startServices } from '../bootstrap.ts';
import type { AppConfig } from '../config/env.ts';
import { isDomainError } from '../domain/errors.ts';

const USAGE =
  'Cách dùng / usage: ocop regrade --criteria-set FILE   (FILE: tệp bộ tiêu chí JSON như ' +
  'data/criteria/decision-26-2026.json / a criteria file in that format)';

function readArgs(args: string[]): string | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'criteria-set': { type: 'string' } },
    });
    return positionals.length === 0 ? (values['criteria-set'] ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * `ocop regrade --criteria-set FILE`: what-if regrading. Re-scores the latest council evaluation of every
 * product under the criteria in FILE and prints the report (JSON): which products would change total or
 * stars, with their current certificate's stars. Stores nothing. Exit 0; 1 when FILE is not valid criteria
 * data; 64 on bad usage; 66 when FILE cannot be read.
 */
export async function runRegrade(config: AppConfig, args: string[]): Promise<number> {
  const file = readArgs(args);
  if (!file) {
    console.error(USAGE);
    return 64;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`Không đọc được tệp / cannot read ${file}: ${(error as Error).message}`);
    return 66;
  }
  const services = await startServices({ ...config, demoData: false });
  try {
    const report = await regradeWithCriteriaFile(services.deps, file, bytes, file);
    console.log(JSON.stringify(report, null, 2));
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    console.error(`${error.code}: ${file}`);
    for (const problem of error.fieldErrors ?? [{ field: file, message: error.detail }]) {
      console.error(`  - ${problem.message}`);
    }
    return 1;
  } finally {
    await services.close();
  }
}
