import { type ProvinceFigures, provinceFigures } from '../../domain/portal/province-statistics.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { type AreaView, provinceView } from './portal-views.ts';

export type StatisticsRow = ProvinceFigures & { province: AreaView; communesTotal: number };

export type PublicStatisticsPage = Readonly<{
  today: string;
  rows: StatisticsRow[];
  totals: Omit<StatisticsRow, 'provinceCode' | 'province'>;
}>;

/** The 34 provinces (by code) with their products in force today; from the catalogue snapshot, no query. */
export async function getPublicStatisticsPage(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
): Promise<PublicStatisticsPage> {
  const index = await snapshot.current();
  const today = vietnamDate(deps.now());
  const codes = deps.adminUnits.provinces2025.map((p) => p.code);
  const rows = provinceFigures(index, today, codes).map((figures) => ({
    ...figures,
    province: provinceView(deps.adminUnits, figures.provinceCode),
    communesTotal: deps.adminUnits.communes2025Of(figures.provinceCode).length,
  }));
  const sum = (pick: (row: StatisticsRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    today,
    rows,
    totals: {
      products: sum((r) => r.products),
      byStars: { 3: sum((r) => r.byStars[3]), 4: sum((r) => r.byStars[4]), 5: sum((r) => r.byStars[5]) },
      producers: sum((r) => r.producers),
      communes: sum((r) => r.communes),
      communesTotal: sum((r) => r.communesTotal),
    },
  };
}
