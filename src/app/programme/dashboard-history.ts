import type { DbOrTx } from '../../db/client.ts';
import { loadHistoryEdges } from '../../db/repositories/indicators-history.repository.ts';
import {
  emptyHistory,
  type HistoryPoint,
  historySeries,
  sumHistories,
} from '../../domain/programme/history-series.ts';
import { firstPointMonthIndex, monthlyPoints } from '../../domain/programme/monthly-series.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';

/** Months in a dashboard's history of certified products. */
export const HISTORY_MONTHS = 24;

/**
 * Products in force (≥ 3★) at the end of each of the last 24 months (the last point is asOf), by stars, in
 * 2025 units; also split by `groups` (2025 commune → key; communes missing from it go to group '').
 */
export async function certifiedHistory(
  db: DbOrTx,
  scope: ProgrammeScope,
  asOf: string,
  groups?: ReadonlyMap<string, string>,
): Promise<CertifiedHistory> {
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
  const byGroup = historySeries(edges, points);
  return { total: sumHistories(byGroup.values(), points), byGroup, empty: () => emptyHistory(points) };
}

export type CertifiedHistory = {
  total: HistoryPoint[];
  /** By the key of `groups` ('' when not split); a group without a certificate is absent. */
  byGroup: ReadonlyMap<string, HistoryPoint[]>;
  empty: () => HistoryPoint[];
};
