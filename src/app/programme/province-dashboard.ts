import { loadInForceBreakdown } from '../../db/repositories/indicators-breakdown.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import {
  type CommuneRow,
  communeTable,
  type GroupRow,
  groupsOf,
  type ProducerTypeRow,
  producerTypesOf,
  type SectorRow,
  starsByCode,
  sumStars,
} from '../../domain/programme/dashboard-breakdowns.ts';
import type { HistoryPoint } from '../../domain/programme/history-series.ts';
import type { StarCounts } from '../../domain/programme/indicator-inputs.ts';
import type { IndicatorResult, IndicatorWindow } from '../../domain/programme/indicator-result.ts';
import { assertCanReadScope, provinceScope } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import { computeIndicators } from './compute-indicators.ts';
import { certifiedHistory } from './dashboard-history.ts';
import { type Pre2025View, pre2025HistoryGroups, pre2025View } from './dashboard-pre2025-view.ts';
import { assertKnownScope, type WindowQuery, windowOf } from './programme-window.ts';

export type DashboardOptions = WindowQuery & { units?: '2025' | 'pre2025' | undefined };

export type Breakdowns = {
  /** Products in force (≥ 3★) on asOf. */
  byStars: StarCounts;
  byGroup: GroupRow[];
  bySector: SectorRow[];
  unclassifiedProducts: number;
  byProducerType: ProducerTypeRow[];
};

export type ProvinceDashboard = Breakdowns & {
  province: { code: string; name: string };
  window: IndicatorWindow;
  headline: IndicatorResult[];
  /** The commune coverage table: every 2025 commune of the province. */
  communes: CommuneRow[];
  coverage: { covered: number; total: number; percent: number | null };
  history: HistoryPoint[];
  /** With units=pre2025: the same counts by pre-2025 provinces and districts (ADR 0015). */
  pre2025: Pre2025View | null;
};

/**
 * A province's dashboard (2025 province): headline indicators, products in force by stars, group, sector,
 * producer type and commune (coverage), and 24 months of history in 2025 units.
 */
export async function provinceDashboard(
  deps: AppDeps,
  actor: Actor,
  code: string,
  options: DashboardOptions = {},
): Promise<ProvinceDashboard> {
  const scope = provinceScope(code);
  assertKnownScope(deps, scope);
  assertCanReadScope(actor, scope);
  const window = windowOf(deps, options);
  const isPre2025 = options.units === 'pre2025';
  const [headline, breakdown, history] = await Promise.all([
    computeIndicators(deps, scope, window),
    loadInForceBreakdown(deps.db, scope, window.asOf, true),
    certifiedHistory(deps.db, scope, window.asOf, isPre2025 ? pre2025HistoryGroups(deps, scope) : undefined),
  ]);
  const byCommune = starsByCode(breakdown.byCommuneStars);
  const { communes, coverage } = communeTable(deps.adminUnits.communes2025Of(code), byCommune);
  const groups = groupsOf(breakdown.bySet, deps.productSets);
  const province = deps.adminUnits.province2025(code);
  return {
    province: { code, name: province?.name ?? code },
    window,
    headline,
    byStars: sumStars(byCommune.values()),
    byGroup: groups.byGroup,
    bySector: groups.bySector,
    unclassifiedProducts: groups.unclassified,
    byProducerType: producerTypesOf(breakdown.byType),
    communes,
    coverage,
    history: history.total,
    pre2025: isPre2025
      ? pre2025View(deps, scope, history, byCommune, deps.adminUnits.oldProvinceCodesOfNew(code))
      : null,
  };
}
