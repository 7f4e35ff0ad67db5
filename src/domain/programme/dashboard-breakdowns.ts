// Dashboard breakdowns from the counts of products in force (by stars, product group and sector, producer
// type, commune with its coverage flag). Pure.
import type { Commune2025 } from '../admin-units/types.ts';
import { PRODUCER_TYPES } from '../registry/producer-types.ts';
import type { ProductSetCatalog } from '../registry/product-set-catalog.ts';
import { STAR_KEYS, type StarCounts } from './indicator-inputs.ts';

export type StarRow = Readonly<{ code: string; stars: number; n: number }>;

/** Products in force on a day, counted by the database every way a dashboard shows them. */
export type InForceBreakdown = Readonly<{
  byProvinceStars: readonly StarRow[];
  byProvince: readonly Readonly<{ code: string; communes: number; producers: number }>[];
  /** Empty unless asked for. */
  byCommuneStars: readonly StarRow[];
  bySet: readonly Readonly<{ id: number | null; n: number }>[];
  byType: readonly Readonly<{ type: string; producers: number; products: number }>[];
}>;

export const emptyStars = (): StarCounts => ({ '3': 0, '4': 0, '5': 0 });
export const totalOf = (stars: StarCounts): number => stars['3'] + stars['4'] + stars['5'];

/** Star counts per code (province or commune). */
export function starsByCode(rows: readonly StarRow[]): Map<string, StarCounts> {
  const byCode = new Map<string, StarCounts>();
  for (const r of rows) {
    const key = String(r.stars) as keyof StarCounts;
    if (!STAR_KEYS.includes(key)) continue;
    const counts = byCode.get(r.code) ?? emptyStars();
    counts[key] += r.n;
    byCode.set(r.code, counts);
  }
  return byCode;
}

export function sumStars(all: Iterable<StarCounts>): StarCounts {
  const total = emptyStars();
  for (const s of all) for (const k of STAR_KEYS) total[k] += s[k];
  return total;
}

export type GroupRow = {
  sectorCode: string;
  sector: string;
  groupCode: string;
  group: string;
  products: number;
};
export type SectorRow = { sectorCode: string; sector: string; products: number };

const byKey = <T>(rows: Iterable<T>, key: (r: T) => string): T[] =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Products by group and by sector of the Decision 26/2026 classification; legacy unclassified ones apart. */
export function groupsOf(bySet: InForceBreakdown['bySet'], catalog: ProductSetCatalog) {
  const groups = new Map<string, GroupRow>();
  const sectors = new Map<string, SectorRow>();
  let unclassified = 0;
  for (const { id, n } of bySet) {
    const set = id === null ? undefined : catalog.byId(id);
    if (!set) {
      unclassified += n;
      continue;
    }
    const { sectorCode, sector, groupCode, group } = set;
    const groupRow = groups.get(groupCode) ?? { sectorCode, sector, groupCode, group, products: 0 };
    groupRow.products += n;
    groups.set(groupCode, groupRow);
    const sectorRow = sectors.get(sectorCode) ?? { sectorCode, sector, products: 0 };
    sectorRow.products += n;
    sectors.set(sectorCode, sectorRow);
  }
  return {
    byGroup: byKey(groups.values(), (g) => g.groupCode),
    bySector: byKey(sectors.values(), (s) => s.sectorCode),
    unclassified,
  };
}

export type ProducerTypeRow = {
  type: string;
  label: { vi: string; en: string };
  producers: number;
  products: number;
};

/** Producers with a product in force and those products, by producer type (every type listed, in law order). */
export function producerTypesOf(byType: InForceBreakdown['byType']): ProducerTypeRow[] {
  const found = new Map(byType.map((r) => [r.type, r]));
  const known = PRODUCER_TYPES.map((t) => ({
    type: t.code,
    label: { vi: t.labelVi, en: t.labelEn },
    producers: found.get(t.code)?.producers ?? 0,
    products: found.get(t.code)?.products ?? 0,
  }));
  const other = byType
    .filter((r) => !PRODUCER_TYPES.some((t) => t.code === r.type))
    .map((r) => ({ ...r, label: { vi: r.type, en: r.type } }));
  return [...known, ...other];
}

export type CommuneRow = {
  code: string;
  name: string;
  type: string;
  products: number;
  byStars: StarCounts;
  /** At least one product of 3 stars or more in force. */
  isCovered: boolean;
};

/** The commune coverage table: every 2025 commune of the province, covered or not. */
export function communeTable(communes: readonly Commune2025[], byCommune: ReadonlyMap<string, StarCounts>) {
  const rows: CommuneRow[] = communes.map((c) => {
    const byStars = byCommune.get(c.code) ?? emptyStars();
    const products = totalOf(byStars);
    return { code: c.code, name: c.name, type: c.type, products, byStars, isCovered: products > 0 };
  });
  const covered = rows.filter((r) => r.isCovered).length;
  const percent = rows.length > 0 ? Math.round((covered / rows.length) * 10_000) / 100 : null;
  return { communes: rows, coverage: { covered, total: rows.length, percent } };
}
