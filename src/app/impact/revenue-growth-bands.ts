import type { DbOrTx } from '../../db/client.ts';
import { revenuePairs } from '../../db/repositories/impact.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import {
  REVENUE_GROWTH_BAND_CODES,
  type RevenueGrowthBand,
  summariseRevenueGrowth,
} from '../../domain/impact/revenue-growth.ts';
import { FIRST_FIGURES_YEAR } from '../../domain/impact/yearly-figures.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import type { AppDeps } from '../deps.ts';
import { type IndicatorScope, indicatorScopeFor, provinceCodeOf } from '../training/indicator-scope.ts';

export type RevenueGrowth = {
  provinceCode: string | null;
  year: number;
  previousYear: number;
  /** Producers with a revenue in both years, the year before above 0: the base of the shares. */
  compared: number;
  /** Producers with both years but no revenue the year before. */
  notComparable: number;
  /** declined, below_1_1, from_1_1_to_1_5 ("grew ×1.1–1.5"), above_1_5, in that order. */
  bands: { band: RevenueGrowthBand; count: number; share: number | null }[];
};

/**
 * How the revenue of the scope's producers moved from `year − 1` to `year`, in bands; only producers that
 * reported both years count (also used by the dashboards).
 */
export async function revenueGrowthBands(
  db: DbOrTx,
  scope: IndicatorScope,
  year: number,
): Promise<RevenueGrowth> {
  const provinceCode = provinceCodeOf(scope);
  const summary = summariseRevenueGrowth(await revenuePairs(db, { provinceCode, year }));
  return {
    provinceCode,
    year,
    previousYear: year - 1,
    compared: summary.compared,
    notComparable: summary.notComparable,
    bands: REVENUE_GROWTH_BAND_CODES.map((band) => ({ band, ...summary.bands[band] })),
  };
}

/** The figure for a province (or the country, for the ministry); by default last year against the one before. */
export async function getRevenueGrowth(
  deps: AppDeps,
  actor: Actor,
  query: { provinceCode?: string | undefined; year?: number | undefined },
): Promise<RevenueGrowth> {
  const scope = indicatorScopeFor(actor, deps.adminUnits, query.provinceCode);
  const currentYear = Number(vietnamDate(deps.now()).slice(0, 4));
  const year = query.year ?? currentYear - 1;
  if (year > currentYear || year <= FIRST_FIGURES_YEAR) {
    throwIfInvalid([
      { field: 'query.year', message: `Chọn năm từ ${FIRST_FIGURES_YEAR + 1} đến ${currentYear}.` },
    ]);
  }
  return revenueGrowthBands(deps.db, scope, year);
}
