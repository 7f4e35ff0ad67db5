// Resolves a free-text Vietnamese address (old- or new-style) to 2025 commune-level units.

import type { Candidate, ParsedAddress, ProvinceScope } from './address-search.ts';
import { searchNew, searchOld } from './address-search.ts';
import type { AdminUnitsIndex } from './admin-units-index.ts';
import type { NameQuery } from './normalize-name.ts';
import { analyzeName } from './normalize-name.ts';
import type { Commune2025, ResolvedVia } from './types.ts';

export type { ResolvedVia } from './types.ts';

export interface AddressQuery {
  /** Province, old or 2025, full or short: "Tỉnh Trà Vinh", "tra vinh", "TP. Hồ Chí Minh". */
  province?: string | null | undefined;
  /** Pre-2025 district ("Huyện Cầu Kè"); giving one marks the address as old-style. */
  district?: string | null | undefined;
  /** Commune, ward or đặc khu, old or 2025 name. */
  commune?: string | null | undefined;
  /** A pre-2025 commune code; when given, the text fields are ignored. */
  oldCommuneCode?: string | null | undefined;
}

export interface ResolvedCommune {
  communeCode: string;
  /** Full name of the 2025 commune, e.g. "Xã Tam Ngãi". */
  communeName: string;
  provinceCode: string;
  /** Short name of the 2025 province, e.g. "Vĩnh Long". */
  provinceName: string;
  via: ResolvedVia;
}

/** At most this many matches are returned (a bare commune name can occur in many provinces). */
export const MAX_ADDRESS_MATCHES = 50;

/**
 * `kind: 'ok'`: `matches` sorted by province code then commune code, deduplicated; `ambiguous` when more
 * than one commune matched; `truncated` when more than MAX_ADDRESS_MATCHES did (only the first are kept).
 * No match (unknown province, unknown name, nothing but a province) is `ok` with `matches: []`.
 * `kind: 'unknown-old-commune-code'`: `oldCommuneCode` is not a pre-2025 commune code (an HTTP layer
 * would answer 404); `matches` is empty.
 */
export type ResolveAddressResult =
  | { kind: 'ok'; matches: ResolvedCommune[]; ambiguous: boolean; truncated: boolean }
  | {
      kind: 'unknown-old-commune-code';
      oldCommuneCode: string;
      matches: [];
      ambiguous: false;
      truncated: false;
    };

function parse(text: string | null | undefined): NameQuery | null {
  return text === null || text === undefined ? null : analyzeName(text);
}

function finish(index: AdminUnitsIndex, candidates: readonly Candidate[]): ResolveAddressResult {
  const byCode = new Map<string, ResolvedCommune>();
  for (const { communeCode, via } of candidates) {
    const commune: Commune2025 | undefined = index.commune2025(communeCode);
    const province = commune && index.province2025(commune.provinceCode);
    if (byCode.has(communeCode) || commune === undefined || province === undefined) continue;
    const { fullName: communeName, provinceCode } = commune;
    byCode.set(communeCode, { communeCode, communeName, provinceCode, provinceName: province.name, via });
  }
  const all = [...byCode.values()].sort(
    (a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.communeCode.localeCompare(b.communeCode),
  );
  const matches = all.slice(0, MAX_ADDRESS_MATCHES);
  return { kind: 'ok', matches, ambiguous: all.length > 1, truncated: all.length > matches.length };
}

function resolveOldCode(index: AdminUnitsIndex, oldCommuneCode: string): ResolveAddressResult {
  const rows = index.mappingsOfOldCommune(oldCommuneCode);
  if (rows.length === 0) {
    return {
      kind: 'unknown-old-commune-code',
      oldCommuneCode,
      matches: [],
      ambiguous: false,
      truncated: false,
    };
  }
  return finish(
    index,
    rows.map((m) => ({ communeCode: m.newCommuneCode, via: 'pre2025-mapping' })),
  );
}

/**
 * Resolves an address to 2025 communes. `oldCommuneCode` wins over the text fields. Otherwise the address
 * is old-style when a district is given or the province text names only a pre-2025 province: old
 * communes are searched first, then 2025 communes; else 2025 communes first, then old ones. The second
 * path is used when the first finds nothing, or when the commune text is accented, the first path only
 * found other spellings of it and the second finds the exact spelling.
 * Names are matched accent-, tone-mark-, case- and unit-type-insensitively (see NameMatcher).
 */
export function resolveAddress(index: AdminUnitsIndex, query: AddressQuery): ResolveAddressResult {
  const oldCode = query.oldCommuneCode?.trim();
  if (oldCode) return resolveOldCode(index, oldCode);

  const provinceQuery = parse(query.province);
  let scope: ProvinceScope | null = null;
  if (provinceQuery !== null) {
    const new2025 = index.names.provinces2025.match(provinceQuery).map((p) => p.code);
    const pre2025 = index.names.provincesPre2025.match(provinceQuery).map((p) => p.code);
    if (new2025.length === 0 && pre2025.length === 0) return finish(index, []);
    scope = { new2025, pre2025 };
  }
  const address: ParsedAddress = { scope, district: parse(query.district), commune: parse(query.commune) };
  const oldStyle = address.district !== null || (scope !== null && scope.new2025.length === 0);
  const [primary, secondary] = oldStyle ? [searchOld, searchNew] : [searchNew, searchOld];
  const first = primary(index, address);
  if (first.candidates.length > 0 && (first.exact || !address.commune?.accented)) {
    return finish(index, first.candidates);
  }
  // Nothing found, or only spelled differently from the accented text: an exact spelling on the other
  // path wins ("Văn Lang" is not "Văn Lăng").
  const second = secondary(index, address);
  const useSecond = second.candidates.length > 0 && (first.candidates.length === 0 || second.exact);
  return finish(index, useSecond ? second.candidates : first.candidates);
}
