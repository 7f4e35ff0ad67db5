// The whole pure pipeline for rows read by app/import/read-sheet.ts: find the header, guess (or take) the
// column mapping, parse every data row. Row numbers are spreadsheet row numbers (index + 1).

import type { ImportField } from './column-synonyms.ts';
import { type ColumnMapping, detectHeader, guessMapping, type MappingGuess, readHeader } from './columns.ts';
import { type ParsedImportRow, parseImportRow } from './parse-row.ts';

export const REQUIRED_FIELDS = ['productName', 'producerName'] as const satisfies readonly ImportField[];

export interface ParsedSheet {
  /** Index in `rows` of the header row. */
  readonly headerIndex: number;
  /** Header cells (a sub-header row merged in). */
  readonly header: string[];
  readonly guess: MappingGuess;
  /** The mapping used: the caller's, or the guess. */
  readonly mapping: ColumnMapping;
  /** Required fields without a column: the import cannot run until the user maps them. */
  readonly missingRequired: ImportField[];
  /** Every row after the header, skipped ones (isBlankOrTotal) included. */
  readonly rows: ParsedImportRow[];
}

/** Null when no header row is found in the first rows (nothing recognisable to import). */
export function parseSheet(
  rows: readonly (readonly string[])[],
  mapping?: ColumnMapping,
): ParsedSheet | null {
  const headerIndex = detectHeader(rows);
  if (headerIndex === null) return null;
  const { cells, firstDataIndex } = readHeader(rows, headerIndex);
  const guess = guessMapping(cells);
  const used = mapping ?? guess.mapping;
  const parsed: ParsedImportRow[] = [];
  for (let i = firstDataIndex; i < rows.length; i++) parsed.push(parseImportRow(rows[i] ?? [], used, i + 1));
  return {
    headerIndex,
    header: cells,
    guess,
    mapping: used,
    missingRequired: REQUIRED_FIELDS.filter((f) => used[f] === null),
    rows: parsed,
  };
}
