// The public "OCOP in numbers" table: per 2025 province, the products with a certificate in force today by
// stars, the producers behind them and the communes that have one. Pure, from the catalogue snapshot.
import type { CatalogueIndex } from './catalogue-index.ts';
import { listedIndices } from './catalogue-summary.ts';

export type ProvinceFigures = {
  provinceCode: string;
  products: number;
  byStars: { 3: number; 4: number; 5: number };
  producers: number;
  communes: number;
};

const empty = (provinceCode: string): ProvinceFigures => ({
  provinceCode,
  products: 0,
  byStars: { 3: 0, 4: 0, 5: 0 },
  producers: 0,
  communes: 0,
});

/** One row per code of `provinceCodes`, in that order (zeros where nothing is in force). */
export function provinceFigures(
  index: CatalogueIndex,
  today: string,
  provinceCodes: readonly string[],
): ProvinceFigures[] {
  const rows = new Map(provinceCodes.map((code) => [code, empty(code)]));
  const producers = new Map<string, Set<string>>();
  const communes = new Map<string, Set<string>>();
  for (const i of listedIndices(index, today)) {
    const card = index.cards[i];
    const row = card && rows.get(card.provinceCode);
    if (!card || !row) continue;
    row.products++;
    if (card.stars === 3 || card.stars === 4 || card.stars === 5) row.byStars[card.stars]++;
    const ownProducers = producers.get(card.provinceCode) ?? new Set<string>();
    ownProducers.add(card.producer.id);
    producers.set(card.provinceCode, ownProducers);
    const ownCommunes = communes.get(card.provinceCode) ?? new Set<string>();
    ownCommunes.add(card.communeCode);
    communes.set(card.provinceCode, ownCommunes);
  }
  for (const row of rows.values()) {
    row.producers = producers.get(row.provinceCode)?.size ?? 0;
    row.communes = communes.get(row.provinceCode)?.size ?? 0;
  }
  return [...rows.values()];
}
