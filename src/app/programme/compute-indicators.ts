import type { DbOrTx } from '../../db/client.ts';
import { HEADLINE_INDICATORS } from '../../domain/programme/headline-indicators.ts';
import { indicatorDefinition } from '../../domain/programme/indicator-catalogue.ts';
import type {
  IndicatorRequest,
  IndicatorResult,
  IndicatorWindow,
} from '../../domain/programme/indicator-result.ts';
import { computedResult } from '../../domain/programme/indicator-values.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import { loadIndicatorInputs, type Preloaded } from './load-indicator-inputs.ts';
import { assertKnownScope, assertValidWindow } from './programme-window.ts';

/** What computing indicators reads: the database (or the transaction of a job) and the units. */
export type IndicatorDeps = Readonly<{ db: DbOrTx; adminUnits: AppDeps['adminUnits'] }>;

/**
 * Computes indicators for a scope (a 2025 province, or the country) from the data: stock indicators as of
 * `window.asOf`, flow indicators over `window.from`–`window.to`, yearly ones for their year. Manual-only
 * indicators are not computed here (a plan's target carries them). The caller has checked the actor may read
 * the scope (assertCanReadScope); reports and the monthly export call this directly. `preloaded` parts (the
 * same scope and window) are used as given instead of being queried again.
 */
export async function computeIndicators(
  deps: IndicatorDeps,
  scope: ProgrammeScope,
  window: IndicatorWindow,
  requests: readonly IndicatorRequest[] = HEADLINE_INDICATORS,
  preloaded: Preloaded = {},
): Promise<IndicatorResult[]> {
  assertKnownScope(deps, scope);
  assertValidWindow(window);
  const computable = requests.filter((r) => !isManualOnly(r));
  const inputs = await loadIndicatorInputs(deps.db, deps.adminUnits, scope, window, computable, preloaded);
  return computable.map((r) => computedResult(r, inputs, window));
}

const isManualOnly = (r: IndicatorRequest): boolean => indicatorDefinition(r.code).manualOnly;
