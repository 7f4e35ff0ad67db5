import { loadSalePointCounts } from '../../db/repositories/indicators-activity.repository.ts';
import { loadInForceBreakdown } from '../../db/repositories/indicators-breakdown.repository.ts';
import { loadCertificationFlow } from '../../db/repositories/indicators-flow.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import {
  groupsOf,
  producerTypesOf,
  starsByCode,
  sumStars,
} from '../../domain/programme/dashboard-breakdowns.ts';
import { HEADLINE_INDICATORS } from '../../domain/programme/headline-indicators.ts';
import type { HistoryPoint } from '../../domain/programme/history-series.ts';
import type { IndicatorResult, IndicatorWindow } from '../../domain/programme/indicator-result.ts';
import { type ProvinceRow, provinceRows, totalsOf } from '../../domain/programme/national-rows.ts';
import { assertCanReadScope, NATIONAL } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import { computeIndicators } from './compute-indicators.ts';
import { certifiedHistory } from './dashboard-history.ts';
import { type Pre2025View, pre2025HistoryGroups, pre2025View } from './dashboard-pre2025-view.ts';
import { totalFlow } from './load-indicator-inputs.ts';
import { windowOf } from './programme-window.ts';
import type { Breakdowns, DashboardOptions } from './province-dashboard.ts';

export type NationalDashboard = Breakdowns & {
  window: IndicatorWindow;
  headline: IndicatorResult[];
  /** The 34 provinces (2025) with their key indicators, by code. */
  provinces: ProvinceRow[];
  totals: Omit<ProvinceRow, 'code' | 'name'>;
  history: HistoryPoint[];
  /** With units=pre2025: the same counts by the 63 pre-2025 provinces (ADR 0015). */
  pre2025: Pre2025View | null;
};

/** The country across the 34 provinces: headline indicators, a row per province, breakdowns, history. */
export async function nationalDashboard(
  deps: AppDeps,
  actor: Actor,
  options: DashboardOptions = {},
): Promise<NationalDashboard> {
  assertCanReadScope(actor, NATIONAL);
  const window = windowOf(deps, options);
  const isPre2025 = options.units === 'pre2025';
  const [flow, salePoints] = await Promise.all([
    loadCertificationFlow(deps.db, NATIONAL, window.from, window.to),
    loadSalePointCounts(deps.db, NATIONAL, window.asOf),
  ]);
  const [headline, breakdown, history] = await Promise.all([
    computeIndicators(deps, NATIONAL, window, HEADLINE_INDICATORS, { flow: totalFlow(flow), salePoints }),
    loadInForceBreakdown(deps.db, NATIONAL, window.asOf, isPre2025),
    certifiedHistory(
      deps.db,
      NATIONAL,
      window.asOf,
      isPre2025 ? pre2025HistoryGroups(deps, NATIONAL) : undefined,
    ),
  ]);
  const provinces = provinceRows(deps.adminUnits, breakdown, flow, salePoints);
  const groups = groupsOf(breakdown.bySet, deps.productSets);
  return {
    window,
    headline,
    provinces,
    totals: totalsOf(provinces, deps.adminUnits.counts.communes2025),
    byStars: sumStars(starsByCode(breakdown.byProvinceStars).values()),
    byGroup: groups.byGroup,
    bySector: groups.bySector,
    unclassifiedProducts: groups.unclassified,
    byProducerType: producerTypesOf(breakdown.byType),
    history: history.total,
    pre2025: isPre2025
      ? pre2025View(
          deps,
          NATIONAL,
          history,
          starsByCode(breakdown.byCommuneStars),
          deps.adminUnits.provincesPre2025.map((p) => p.code),
        )
      : null,
  };
}
