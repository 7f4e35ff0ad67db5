// In-memory index over the administrative-unit reference data. Pure: no I/O, no clock.
import { NameMatcher } from './name-matcher.ts';
import type {
  AdminUnitsData,
  Commune2025,
  CommuneMapping,
  CommunePre2025,
  DistrictPre2025,
  Province2025,
  ProvincePre2025,
} from './types.ts';
import { validateAdminUnitsData } from './validate-data.ts';

/** Extra province names in common use, by province code (valid for both the 2025 and the old code). */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '79': ['HCM', 'TPHCM', 'Sài Gòn'],
  '46': ['Thừa Thiên Huế'],
};

export interface AdminUnitNameMatchers {
  readonly provinces2025: NameMatcher<Province2025>;
  readonly provincesPre2025: NameMatcher<ProvincePre2025>;
  readonly districtsPre2025: NameMatcher<DistrictPre2025>;
  readonly communes2025: NameMatcher<Commune2025>;
  readonly communesPre2025: NameMatcher<CommunePre2025>;
}

export interface AdminUnitsIndex {
  /** All 2025 provinces, by code. */
  readonly provinces2025: readonly Province2025[];
  /** All pre-2025 provinces, by code. */
  readonly provincesPre2025: readonly ProvincePre2025[];
  readonly counts: Readonly<Record<keyof AdminUnitsData, number>>;
  /** Name matchers (see NameMatcher.match and analyzeName). */
  readonly names: AdminUnitNameMatchers;
  province2025(code: string): Province2025 | undefined;
  provincePre2025(code: string): ProvincePre2025 | undefined;
  districtPre2025(code: string): DistrictPre2025 | undefined;
  commune2025(code: string): Commune2025 | undefined;
  communePre2025(code: string): CommunePre2025 | undefined;
  /** Communes of a 2025 province, sorted by name (Vietnamese collation, numbers in numeric order). */
  communes2025Of(provinceCode: string): readonly Commune2025[];
  /** Districts of a pre-2025 province, sorted by name. */
  districtsPre2025Of(provinceCode: string): readonly DistrictPre2025[];
  /** Communes of a pre-2025 district, sorted by name. */
  communesPre2025Of(districtCode: string): readonly CommunePre2025[];
  /** Mapping rows of an old commune (several when it was split), by new commune code. */
  mappingsOfOldCommune(oldCommuneCode: string): readonly CommuneMapping[];
  /** District-level mapping rows (island districts without communes) of an old district. */
  mappingsOfOldDistrict(oldDistrictCode: string): readonly CommuneMapping[];
  /** The 2025 communes an old commune became (several when split), by code; empty when unknown. */
  newCommunesOfOld(oldCommuneCode: string): readonly Commune2025[];
  /** The old communes merged (wholly or partly) into a 2025 commune, by code. */
  oldCommunesOfNew(newCommuneCode: string): readonly CommunePre2025[];
  /** The 2025 province codes an old province became (one for every old province in the data). */
  newProvinceCodesOfOld(oldProvinceCode: string): readonly string[];
  /** The old province codes merged into a 2025 province. */
  oldProvinceCodesOfNew(newProvinceCode: string): readonly string[];
}

const collator = new Intl.Collator('vi', { numeric: true });
const byName = (a: { name: string; code: string }, b: { name: string; code: string }): number =>
  collator.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function sortedGroups<T>(groups: Map<string, T[]>, compare: (a: T, b: T) => number): Map<string, T[]> {
  for (const group of groups.values()) group.sort(compare);
  return groups;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** For each `key`, the sorted distinct `value`s. */
function codesBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string) {
  const sets = new Map<string, Set<string>>();
  for (const item of items) {
    const set = sets.get(key(item)) ?? new Set<string>();
    set.add(value(item));
    sets.set(key(item), set);
  }
  return new Map([...sets].map(([k, set]) => [k, uniqueSorted(set)] as const));
}

/** Builds the index; throws AdminUnitsDataError when the data is inconsistent. */
export function buildAdminUnitsIndex(data: AdminUnitsData): AdminUnitsIndex {
  validateAdminUnitsData(data);
  const provinces2025 = byKey(data.provinces2025, (p) => p.code);
  const provincesPre = byKey(data.provincesPre2025, (p) => p.code);
  const districts = byKey(data.districtsPre2025, (d) => d.code);
  const communes2025 = byKey(data.communes2025, (c) => c.code);
  const communesPre = byKey(data.communesPre2025, (c) => c.code);
  const communes2025ByProvince = sortedGroups(
    groupBy(data.communes2025, (c) => c.provinceCode),
    byName,
  );
  const districtsByProvince = sortedGroups(
    groupBy(data.districtsPre2025, (d) => d.provinceCode),
    byName,
  );
  const communesPreByDistrict = sortedGroups(
    groupBy(data.communesPre2025, (c) => c.districtCode),
    byName,
  );
  const mappingOrder = (a: CommuneMapping, b: CommuneMapping): number =>
    byCode({ code: a.newCommuneCode }, { code: b.newCommuneCode });
  const mappingsByOld = sortedGroups(
    groupBy(data.mappings, (m) => m.oldCommuneCode),
    mappingOrder,
  );
  const districtMappings = sortedGroups(
    groupBy(data.mappings, (m) => (m.oldCommuneCode === null ? m.oldDistrictCode : null)),
    mappingOrder,
  );
  const oldByNew = groupBy(data.mappings, (m) => m.newCommuneCode);
  const newProvincesOfOld = codesBy(
    data.mappings,
    (m) => m.oldProvinceCode,
    (m) => m.newProvinceCode,
  );
  const oldProvincesOfNew = codesBy(
    data.mappings,
    (m) => m.newProvinceCode,
    (m) => m.oldProvinceCode,
  );
  const aliases = (p: { code: string; nameEn: string }) => [p.nameEn, ...(PROVINCE_ALIASES[p.code] ?? [])];

  return {
    provinces2025: [...data.provinces2025].sort(byCode),
    provincesPre2025: [...data.provincesPre2025].sort(byCode),
    counts: {
      provinces2025: data.provinces2025.length,
      communes2025: data.communes2025.length,
      provincesPre2025: data.provincesPre2025.length,
      districtsPre2025: data.districtsPre2025.length,
      communesPre2025: data.communesPre2025.length,
      mappings: data.mappings.length,
    },
    names: {
      provinces2025: new NameMatcher(data.provinces2025, aliases),
      provincesPre2025: new NameMatcher(data.provincesPre2025, aliases),
      districtsPre2025: new NameMatcher(data.districtsPre2025),
      communes2025: new NameMatcher(data.communes2025),
      communesPre2025: new NameMatcher(data.communesPre2025),
    },
    province2025: (code) => provinces2025.get(code),
    provincePre2025: (code) => provincesPre.get(code),
    districtPre2025: (code) => districts.get(code),
    commune2025: (code) => communes2025.get(code),
    communePre2025: (code) => communesPre.get(code),
    communes2025Of: (code) => communes2025ByProvince.get(code) ?? [],
    districtsPre2025Of: (code) => districtsByProvince.get(code) ?? [],
    communesPre2025Of: (code) => communesPreByDistrict.get(code) ?? [],
    mappingsOfOldCommune: (code) => mappingsByOld.get(code) ?? [],
    mappingsOfOldDistrict: (code) => districtMappings.get(code) ?? [],
    newCommunesOfOld: (code) =>
      (mappingsByOld.get(code) ?? []).flatMap((m) => communes2025.get(m.newCommuneCode) ?? []),
    oldCommunesOfNew: (code) =>
      uniqueSorted((oldByNew.get(code) ?? []).flatMap((m) => m.oldCommuneCode ?? [])).flatMap(
        (old) => communesPre.get(old) ?? [],
      ),
    newProvinceCodesOfOld: (code) => newProvincesOfOld.get(code) ?? [],
    oldProvinceCodesOfNew: (code) => oldProvincesOfNew.get(code) ?? [],
  };
}
