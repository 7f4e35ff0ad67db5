import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildProductSetCatalog, type ProductSetCatalog } from '../domain/registry/product-set-catalog.ts';
import { DEFAULT_CRITERIA_DIR } from './criteria-files.ts';

const Classification = z.array(
  z.object({
    sector: z.string(),
    sectorCode: z.string(),
    groups: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        subgroups: z.array(z.object({ name: z.string(), productSet: z.number().int() })).optional(),
        productSets: z.array(z.number().int()),
      }),
    ),
  }),
);
const FileShape = z.object({
  classification: Classification,
  productSets: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

/** The 26 product sets with their sector and group, from the shipped Decision 26/2026 data file. */
export function readProductSetCatalog(
  file = `${DEFAULT_CRITERIA_DIR}decision-26-2026.json`,
): ProductSetCatalog {
  const data = FileShape.parse(JSON.parse(readFileSync(file, 'utf8')));
  const names = new Map(data.productSets.map((p) => [p.id, p.name]));
  const sets = data.classification.flatMap((sector) =>
    sector.groups.flatMap((group) =>
      group.productSets.map((id) => ({
        id,
        name: names.get(id) ?? group.name,
        sectorCode: sector.sectorCode,
        sector: sector.sector,
        groupCode: group.code,
        group: group.name,
      })),
    ),
  );
  if (sets.length !== 26 || new Set(sets.map((s) => s.id)).size !== 26) {
    throw new Error(
      `${file}: the classification must list product sets 1–26 once each (found ${sets.length})`,
    );
  }
  return buildProductSetCatalog(sets);
}
