// The Decision 26/2026 classification (sector → group → product set) as the catalogue filters by it, with
// English names for the English pages (the catalogue file holds the Vietnamese ones).
import type { ProductSetCatalog } from '../registry/product-set-catalog.ts';

const SECTORS_EN: Readonly<Record<string, string>> = {
  I: 'Food',
  II: 'Beverages',
  III: 'Medicinal herbs and herbal products',
  IV: 'Handicrafts',
  V: 'Ornamental plants and animals',
  VI: 'Community tourism, eco-tourism and tourist sites',
};

const GROUPS_EN: Readonly<Record<string, string>> = {
  'I.1': 'Fresh food',
  'I.2': 'Raw and pre-processed food',
  'I.3': 'Processed food',
  'I.4': 'Condiments',
  'I.5': 'Tea',
  'I.6': 'Coffee and cocoa',
  'II.1': 'Alcoholic drinks',
  'II.2': 'Non-alcoholic drinks',
  'III.1': 'Supplements and traditional medicines',
  'III.2': 'Herbal cosmetics',
  'III.3': 'Essential oils and other herbs',
  'IV.1': 'Household and decorative crafts',
  'IV.2': 'Textiles and garments',
  'V.1': 'Flowers',
  'V.2': 'Ornamental plants',
  'V.3': 'Ornamental animals',
  'VI.1': 'Community tourism, eco-tourism and tourist sites',
};

const SETS_EN: readonly string[] = [
  '',
  'Fresh vegetables, tubers, fruit and nuts',
  'Fresh meat, seafood, eggs and milk',
  'Rice, cereals and other pre-processed grains',
  'Honey, other syrups and farm foods',
  'Fast food',
  'Processed rice and cereals',
  'Processed vegetables, tubers, fruit and nuts',
  'Processed meat, seafood, eggs, milk and honey products',
  'Sauces, fish sauce and liquid condiments',
  'Other condiments (salt, shallot, garlic, pepper…)',
  'Fresh and processed tea',
  'Teas from other plants',
  'Coffee and cocoa',
  'Rice spirits',
  'Other alcoholic drinks',
  'Natural mineral and bottled water',
  'Other non-alcoholic drinks',
  'Supplements, herbal and traditional medicines',
  'Cosmetics with herbal ingredients',
  'Essential oils and other herbs',
  'Household and decorative handicrafts',
  'Fabrics and garments',
  'Flowers',
  'Ornamental plants',
  'Ornamental animals',
  'Community tourism, eco-tourism and tourist sites',
];

export type ClassLabel = Readonly<{ vi: string; en: string }>;

export type ClassOption = Readonly<{ code: string; level: 'sector' | 'group' | 'set'; label: ClassLabel }>;

/** Options for one select: each sector, its groups, their product sets (codes "I", "I.1", "11"). */
export function classOptions(catalog: ProductSetCatalog): ClassOption[] {
  const options: ClassOption[] = [];
  const seen = new Set<string>();
  for (const set of catalog.all) {
    if (!seen.has(set.sectorCode)) {
      seen.add(set.sectorCode);
      const en = SECTORS_EN[set.sectorCode] ?? set.sector;
      options.push({ code: set.sectorCode, level: 'sector', label: { vi: set.sector, en } });
    }
    if (!seen.has(set.groupCode)) {
      seen.add(set.groupCode);
      const en = GROUPS_EN[set.groupCode] ?? set.group;
      options.push({ code: set.groupCode, level: 'group', label: { vi: set.group, en } });
    }
    options.push({
      code: String(set.id),
      level: 'set',
      label: productSetLabel(catalog, set.id) ?? { vi: '', en: '' },
    });
  }
  return options;
}

export function productSetLabel(catalog: ProductSetCatalog, id: number | null): ClassLabel | null {
  const set = id === null ? undefined : catalog.byId(id);
  return set ? { vi: set.name, en: SETS_EN[set.id] ?? set.name } : null;
}

/** Product set ids of a class code ("I", "I.1" or "11"); null when there is no code, [] when unknown. */
export function productSetIdsOfClass(catalog: ProductSetCatalog, code: string | undefined): number[] | null {
  if (!code) return null;
  if (/^\d{1,2}$/.test(code)) return catalog.byId(Number(code)) ? [Number(code)] : [];
  return catalog.idsOf(code);
}
