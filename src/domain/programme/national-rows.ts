// The national table: one row per 2025 province with its key indicators, and the totals. Pure.
import type { AdminUnitsIndex } from '../admin-units/admin-units-index.ts';
import { emptyStars, type InForceBreakdown, starsByCode, sumStars, totalOf } from './dashboard-breakdowns.ts';
import type { StarCounts } from './indicator-inputs.ts';

export type ProvinceFlow = Readonly<{ provinceCode: string; newByMinStars: StarCounts; upgraded: number }>;

export type ProvinceRow = {
  code: string;
  name: string;
  /** Products in force (≥ 3★) on asOf. */
  products: number;
  byStars: StarCounts;
  communesCovered: number;
  communesTotal: number;
  coveragePercent: number | null;
  /** Producers with a product in force. */
  producers: number;
  /** Certified for the first time in the period (≥ 3★). */
  newProducts: number;
  upgradedProducts: number;
  /** Sale points open on asOf. */
  salePoints: number;
};

const percent = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;

export function provinceRows(
  units: AdminUnitsIndex,
  breakdown: InForceBreakdown,
  flow: readonly ProvinceFlow[],
  salePoints: readonly Readonly<{ provinceCode: string; count: number }>[],
): ProvinceRow[] {
  const stars = starsByCode(breakdown.byProvinceStars);
  const perProvince = new Map(breakdown.byProvince.map((p) => [p.code, p]));
  const flows = new Map(flow.map((f) => [f.provinceCode, f]));
  const points = new Map<string, number>();
  for (const s of salePoints) points.set(s.provinceCode, (points.get(s.provinceCode) ?? 0) + s.count);
  return units.provinces2025.map((p) => {
    const byStars = stars.get(p.code) ?? emptyStars();
    const communesTotal = units.communes2025Of(p.code).length;
    const communesCovered = perProvince.get(p.code)?.communes ?? 0;
    return {
      code: p.code,
      name: p.name,
      products: totalOf(byStars),
      byStars,
      communesCovered,
      communesTotal,
      coveragePercent: percent(communesCovered, communesTotal),
      producers: perProvince.get(p.code)?.producers ?? 0,
      newProducts: flows.get(p.code)?.newByMinStars['3'] ?? 0,
      upgradedProducts: flows.get(p.code)?.upgraded ?? 0,
      salePoints: points.get(p.code) ?? 0,
    };
  });
}

/** Sums of the province rows (a producer with products in two provinces counts in both: see the headline). */
export function totalsOf(
  rows: readonly ProvinceRow[],
  communesTotal: number,
): Omit<ProvinceRow, 'code' | 'name'> {
  const sum = (pick: (r: ProvinceRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const communesCovered = sum((r) => r.communesCovered);
  const byStars = sumStars(rows.map((r) => r.byStars));
  return {
    products: totalOf(byStars),
    byStars,
    communesCovered,
    communesTotal,
    coveragePercent: percent(communesCovered, communesTotal),
    producers: sum((r) => r.producers),
    newProducts: sum((r) => r.newProducts),
    upgradedProducts: sum((r) => r.upgradedProducts),
    salePoints: sum((r) => r.salePoints),
  };
}
