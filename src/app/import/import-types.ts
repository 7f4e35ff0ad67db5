export const IMPORT_OUTCOMES = [
  'create',
  'update',
  'unchanged',
  'error',
  'needs_choice',
  'duplicate_in_file',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export type CommuneChoice = { communeCode: string; communeName: string; provinceName: string };

/** What the import did (or, in a preview, would do) with one spreadsheet row. */
export type ImportRowResult = {
  rowNumber: number;
  outcome: ImportOutcome;
  messages: string[];
  productName: string | null;
  producerName: string | null;
  addressText: string;
  communeCode: string | null;
  communeName: string | null;
  provinceName: string | null;
  stars: number | null;
  year: number | null;
  productSetId: number | null;
  candidates: CommuneChoice[];
  producerId: string | null;
  productId: string | null;
};

export type ImportSummary = {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
  needsChoice: number;
  duplicateInFile: number;
  producersCreated: number;
  productsCreated: number;
  certificatesCreated: number;
};

export function summarise(
  rows: readonly ImportRowResult[],
  created: { producers: number; products: number; certificates: number },
): ImportSummary {
  const count = (outcome: ImportRowResult['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  return {
    rows: rows.length,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    error: count('error'),
    needsChoice: count('needs_choice'),
    duplicateInFile: count('duplicate_in_file'),
    producersCreated: created.producers,
    productsCreated: created.products,
    certificatesCreated: created.certificates,
  };
}
