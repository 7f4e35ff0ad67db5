// Counts of 2025 communes regrouped by pre-2025 provinces or districts (ADR 0015): each 2025 commune goes
// wholly to the old unit pre2025Attributions() gives it; what went by the largest contributor rather than
// a whole fit is reported as `approximateProducts`. Pure.
import type { AdminUnitsIndex } from '../admin-units/admin-units-index.ts';
import { emptyStars, totalOf } from './dashboard-breakdowns.ts';
import { STAR_KEYS, type StarCounts } from './indicator-inputs.ts';
import { pre2025Attributions } from './pre2025-attribution.ts';

export type Pre2025Level = 'province' | 'district';

export type Pre2025Row = {
  code: string;
  name: string;
  /** The old province of a district. */
  provinceCode: string | null;
  products: number;
  byStars: StarCounts;
  /** Of `products`, those in 2025 communes only partly inside this old unit. */
  approximateProducts: number;
};

/** 2025 commune → the old province or district code it is shown under. */
export function pre2025GroupOf(index: AdminUnitsIndex, level: Pre2025Level): Map<string, string> {
  const groups = new Map<string, string>();
  for (const [commune, a] of pre2025Attributions(index)) {
    groups.set(commune, level === 'province' ? a.provinceCode : a.districtCode);
  }
  return groups;
}

/** The old units listed: every old province (or its districts) in `oldProvinceCodes`, even with no product. */
function baseRows(index: AdminUnitsIndex, level: Pre2025Level, oldProvinceCodes: readonly string[]) {
  const rows = new Map<string, Pre2025Row>();
  for (const code of [...oldProvinceCodes].sort()) {
    const province = index.provincePre2025(code);
    if (!province) continue;
    const units =
      level === 'province'
        ? [{ code: province.code, name: province.name, provinceCode: null }]
        : index.districtsPre2025Of(code).map((d) => ({ code: d.code, name: d.name, provinceCode: code }));
    for (const u of units)
      rows.set(u.code, { ...u, products: 0, byStars: emptyStars(), approximateProducts: 0 });
  }
  return rows;
}

export function regroupPre2025(
  index: AdminUnitsIndex,
  byCommune: ReadonlyMap<string, StarCounts>,
  level: Pre2025Level,
  oldProvinceCodes: readonly string[],
): { rows: Pre2025Row[]; unattributedProducts: number } {
  const attributions = pre2025Attributions(index);
  const rows = baseRows(index, level, oldProvinceCodes);
  let unattributedProducts = 0;
  for (const [commune, stars] of byCommune) {
    const a = attributions.get(commune);
    const code = level === 'province' ? a?.provinceCode : a?.districtCode;
    const products = totalOf(stars);
    if (!a || !code) {
      unattributedProducts += products;
      continue;
    }
    let row = rows.get(code);
    if (!row) {
      const unit = level === 'province' ? index.provincePre2025(code) : index.districtPre2025(code);
      const provinceCode = level === 'district' ? a.provinceCode : null;
      row = {
        code,
        name: unit?.name ?? code,
        provinceCode,
        products: 0,
        byStars: emptyStars(),
        approximateProducts: 0,
      };
      rows.set(code, row);
    }
    row.products += products;
    for (const k of STAR_KEYS) row.byStars[k] += stars[k];
    const isExact = level === 'province' ? a.isExactProvince : a.isExactDistrict;
    if (!isExact) row.approximateProducts += products;
  }
  return { rows: [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : 1)), unattributedProducts };
}
