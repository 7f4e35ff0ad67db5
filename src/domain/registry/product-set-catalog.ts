/** One leaf of the Decision 26/2026 classification (Annex I): sector → group → product set 1–26. */
export type ProductSetInfo = Readonly<{
  id: number;
  name: string;
  sectorCode: string;
  sector: string;
  groupCode: string;
  group: string;
}>;

export type ProductSetCatalog = Readonly<{
  all: readonly ProductSetInfo[];
  byId(id: number): ProductSetInfo | undefined;
  /** Product set ids of a sector ("I") or group ("I.1"); empty when the code is unknown. */
  idsOf(sectorOrGroupCode: string): number[];
}>;

export function buildProductSetCatalog(sets: readonly ProductSetInfo[]): ProductSetCatalog {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return {
    all: [...sets].sort((a, b) => a.id - b.id),
    byId: (id) => byId.get(id),
    idsOf: (code) => sets.filter((s) => s.sectorCode === code || s.groupCode === code).map((s) => s.id),
  };
}
