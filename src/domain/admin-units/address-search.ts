// The two search paths of resolveAddress: 2025 communes by name, and pre-2025 communes by name mapped
// to their 2025 communes.
import type { AdminUnitsIndex } from './admin-units-index.ts';
import type { NameQuery } from './normalize-name.ts';
import type { CommuneMapping, ResolvedVia } from './types.ts';

export interface Candidate {
  communeCode: string;
  via: ResolvedVia;
}

/** What one search path found; `exact`: the accented commune text was matched with its exact spelling. */
export interface Found {
  candidates: Candidate[];
  exact: boolean;
}

const NOTHING: Found = { candidates: [], exact: false };

/** Province codes the province text matched; null when no province was given (search everywhere). */
export interface ProvinceScope {
  new2025: readonly string[];
  pre2025: readonly string[];
}

export interface ParsedAddress {
  scope: ProvinceScope | null;
  district: NameQuery | null;
  commune: NameQuery | null;
}

/** New-style: the commune among 2025 communes of the 2025 province(s) the province text names or maps to. */
export function searchNew(index: AdminUnitsIndex, address: ParsedAddress): Found {
  const { scope, commune } = address;
  if (commune === null) return NOTHING;
  const codes =
    scope && new Set([...scope.new2025, ...scope.pre2025.flatMap((c) => index.newProvinceCodesOfOld(c))]);
  const { units, exact } = index.names.communes2025.matchWithQuality(
    commune,
    (c) => codes === null || codes.has(c.provinceCode),
  );
  return { candidates: units.map((c) => ({ communeCode: c.code, via: '2025' })), exact };
}

/** Old-style search within one set of old provinces (null: everywhere). */
function searchOldIn(
  index: AdminUnitsIndex,
  address: ParsedAddress,
  provinces: ReadonlySet<string> | null,
): Found {
  const inProvinces = (u: { provinceCode: string }) => provinces === null || provinces.has(u.provinceCode);
  const districts = address.district ? index.names.districtsPre2025.match(address.district, inProvinces) : [];
  const mapped = (rows: readonly CommuneMapping[]): Candidate[] =>
    rows.map((m) => ({ communeCode: m.newCommuneCode, via: 'pre2025-mapping' }));
  // No commune: only an island district (no communes, became a đặc khu) identifies a commune.
  if (address.commune === null) {
    return { candidates: mapped(districts.flatMap((d) => index.mappingsOfOldDistrict(d.code))), exact: true };
  }
  // A district that matches nothing (renamed or dissolved before 2025) is ignored.
  const { units, exact } = index.names.communesPre2025.matchWithQuality(address.commune, (c) =>
    districts.length > 0 ? districts.some((d) => d.code === c.districtCode) : inProvinces(c),
  );
  return { candidates: mapped(units.flatMap((c) => index.mappingsOfOldCommune(c.code))), exact };
}

/**
 * Old-style: pre-2025 communes by name, mapped to their 2025 communes. Searched first in the old provinces
 * the province text names, then in the other old provinces merged into the 2025 province it names
 * ("Xã Thông Hòa, Tỉnh Vĩnh Long" finds old Trà Vinh's Thông Hòa).
 */
export function searchOld(index: AdminUnitsIndex, address: ParsedAddress): Found {
  const { scope } = address;
  if (scope === null) return searchOldIn(index, address, null);
  const named = new Set(scope.pre2025);
  const covered = scope.new2025.flatMap((c) => index.oldProvinceCodesOfNew(c)).filter((c) => !named.has(c));
  for (const provinces of [named, new Set(covered)]) {
    if (provinces.size === 0) continue;
    const found = searchOldIn(index, address, provinces);
    if (found.candidates.length > 0) return found;
  }
  return NOTHING;
}
