import { DomainError } from '../../domain/errors.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';
import { CriteriaDataError, parseCriteriaFile } from '../../reference/criteria-files.ts';
import type { AppDeps } from '../deps.ts';
import { regradeEvaluations } from './regrade-evaluations.ts';
import type { RegradeReport } from './regrade-report.ts';

/** Reads a criteria file's bytes like the shipped ones; every problem becomes a field error on `field`. */
function readCriteriaSet(source: string, bytes: Buffer, field: string): CriteriaSet {
  try {
    return parseCriteriaFile(source, bytes);
  } catch (error) {
    if (!(error instanceof CriteriaDataError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length > 1 ? ` (và ${error.problems.length - 1} lỗi khác)` : '';
    throw new DomainError('VALIDATION_FAILED', `Dữ liệu bộ tiêu chí không hợp lệ: ${first ?? ''}${more}`, {
      fieldErrors: error.problems.map((message) => ({ field, message })),
    });
  }
}

/**
 * `ocop regrade` and POST /criteria-sets/regrade: validates a criteria file (same format and checks as
 * data/criteria/*.json) and re-scores every product's latest council evaluation under it.
 */
export async function regradeWithCriteriaFile(
  deps: AppDeps,
  source: string,
  bytes: Buffer,
  field = 'body',
): Promise<RegradeReport> {
  return regradeEvaluations(deps, readCriteriaSet(source, bytes, field));
}
