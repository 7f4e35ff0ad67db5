import type { DbOrTx } from '../../db/client.ts';
import { loadHistoryEdges } from '../../db/repositories/indicators-history.repository.ts';
import { emptyHistory, type HistoryPoint, historySeries } from '../../domain/programme/history-series.ts';
import { firstPointMonthIndex, monthlyPoints } from '../../domain/programme/monthly-series.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';

/** Months in a dashboard's history of certified products. */
export const HISTORY_MONTHS = 24;

/**
 * Products in force (≥ 3★) at the end of each of the last 24 months (the last point is asOf), by stars, in
 * 2025 units; split by `groups` (2025 commune → key) when given.
 */
export async function certifiedHistory(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
  groups?: ReadonlyMap<string, string>,
): Promise<Map<string, HistoryPoint[]>> {
  const points = monthlyPoints(asOf, HISTORY_MONTHS);
  const edges = await loadHistoryEdges(
    db,
    scope,
    {
      firstMonthIndex: firstPointMonthIndex(points),
      firstDate: points[0]?.date ?? asOf,
      asOf,
      count: points.length,
    },
    groups,
  );
  const series = historySeries(edges, points);
  if (!groups && !series.has('')) series.set('', emptyHistory(points));
  return series;
}
