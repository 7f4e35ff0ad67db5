// Which pre-2025 district (and province) a 2025 commune's figures are shown under (ADR 0015). Products are
// recorded in 2025 communes; 299 of the 3,321 were formed from old communes of several districts (2 across
// old provinces), and the registry does not know on which side of the old border a producer stands. Each
// 2025 commune is therefore given wholly to ONE old district: the one that contributed most to it, an old
// commune split between k new communes counting 1/k; ties go to the lowest district code. The attribution is
// flagged inexact when the commune drew on several old districts (or provinces), so views can say
// "approximately". Pure; computed once per index.
import type { AdminUnitsIndex } from '../admin-units/admin-units-index.ts';
import type { CommuneMapping } from '../admin-units/types.ts';

export type Pre2025Attribution = Readonly<{
  districtCode: string;
  provinceCode: string;
  /** The 2025 commune lies wholly in this old district (else: the largest contributor). */
  isExactDistrict: boolean;
  /** The 2025 commune lies wholly in this old province. */
  isExactProvince: boolean;
}>;

function mappingRowsByNewCommune(index: AdminUnitsIndex): Map<string, CommuneMapping[]> {
  const byNew = new Map<string, CommuneMapping[]>();
  const add = (row: CommuneMapping) => {
    const rows = byNew.get(row.newCommuneCode);
    if (rows) rows.push(row);
    else byNew.set(row.newCommuneCode, [row]);
  };
  for (const province of index.provincesPre2025) {
    for (const district of index.districtsPre2025Of(province.code)) {
      index.mappingsOfOldDistrict(district.code).forEach(add);
      for (const commune of index.communesPre2025Of(district.code)) {
        index.mappingsOfOldCommune(commune.code).forEach(add);
      }
    }
  }
  return byNew;
}

/** The attribution of one 2025 commune from its mapping rows (exported for table tests). */
export function attributeRows(
  index: AdminUnitsIndex,
  rows: readonly CommuneMapping[],
): Pre2025Attribution | null {
  const weights = new Map<string, number>();
  const provinces = new Set<string>();
  for (const row of rows) {
    const siblings =
      row.oldCommuneCode === null
        ? index.mappingsOfOldDistrict(row.oldDistrictCode).length
        : index.mappingsOfOldCommune(row.oldCommuneCode).length;
    weights.set(row.oldDistrictCode, (weights.get(row.oldDistrictCode) ?? 0) + 1 / Math.max(1, siblings));
    provinces.add(row.oldProvinceCode);
  }
  let best: [string, number] | null = null;
  for (const [code, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (best === null || weight > best[1] + 1e-9) best = [code, weight];
  }
  if (best === null) return null;
  const district = index.districtPre2025(best[0]);
  if (!district) return null;
  return {
    districtCode: district.code,
    provinceCode: district.provinceCode,
    isExactDistrict: weights.size === 1,
    isExactProvince: provinces.size === 1,
  };
}

const cache = new WeakMap<AdminUnitsIndex, ReadonlyMap<string, Pre2025Attribution>>();

/** 2025 commune code → its pre-2025 attribution, for every mapped commune. */
export function pre2025Attributions(index: AdminUnitsIndex): ReadonlyMap<string, Pre2025Attribution> {
  const cached = cache.get(index);
  if (cached) return cached;
  const table = new Map<string, Pre2025Attribution>();
  for (const [code, rows] of mappingRowsByNewCommune(index)) {
    const attribution = attributeRows(index, rows);
    if (attribution) table.set(code, attribution);
  }
  cache.set(index, table);
  return table;
}
