// Finding the header row of a sheet and guessing which column holds which field.
//
// Matching is accent-, case- and punctuation-insensitive (foldName) and ignores parenthesised hints
// ("Hạng sao (3-4-5)" → "hang sao"). A header cell matches a synonym exactly (score 3), starts with it
// ("Tên sản phẩm OCOP", score 2), or contains a synonym of two or more words ("Năm công nhận / xếp hạng",
// score 1). Title rows ("DANH SÁCH SẢN PHẨM OCOP TỈNH … NĂM 2023", usually one merged cell) cannot match two
// columns, so the first row with two recognised columns is the header.

import { foldName } from '../admin-units/normalize-name.ts';
import { COLUMN_SYNONYMS, type ColumnTarget, IMPORT_FIELDS, type ImportField } from './column-synonyms.ts';

export type ColumnMapping = Record<ImportField, number | null>;

export interface MappingGuess {
  readonly mapping: ColumnMapping;
  /** Columns recognised as not imported (STT, Ghi chú, source…). */
  readonly ignored: number[];
  /** Columns with a header that matches no field (or a field already taken by a better column). */
  readonly unmapped: number[];
}

export interface HeaderRows {
  /** The header cells, a second header row ("Xã | Huyện | Tỉnh" under a merged "Địa chỉ") merged in. */
  readonly cells: string[];
  /** Index in `rows` of the first data row (after the header rows and a "(1) (2) (3)" numbering row). */
  readonly firstDataIndex: number;
}

/** How many leading rows detectHeader looks at. */
export const HEADER_SCAN_ROWS = 15;
const MAX_HEADER_WORDS = 10;

const TARGETS = [...IMPORT_FIELDS, 'ignore'] as const satisfies readonly ColumnTarget[];

/** Folded header text without parenthesised hints: "Tên chủ thể (HTX, DN)" → "ten chu the". */
export const headerKey = (text: string): string => foldName(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));

function synonymScore(key: string, synonym: string): number {
  if (key === synonym) return 3;
  if (key.startsWith(`${synonym} `)) return 2;
  if (synonym.includes(' ') && ` ${key} `.includes(` ${synonym} `)) return 1;
  return 0;
}

/** Best score of each target for one header cell (targets with score 0 left out). */
export function scoreHeaderCell(text: string): Map<ColumnTarget, number> {
  const scores = new Map<ColumnTarget, number>();
  const key = headerKey(text);
  if (key === '' || key.split(' ').length > MAX_HEADER_WORDS) return scores;
  for (const target of TARGETS) {
    let best = 0;
    for (const synonym of COLUMN_SYNONYMS[target]) best = Math.max(best, synonymScore(key, synonym));
    if (best > 0) scores.set(target, best);
  }
  return scores;
}

/** The best target of one header cell, or null. */
export function matchColumn(text: string): ColumnTarget | null {
  let best: [ColumnTarget, number] | null = null;
  for (const [target, score] of scoreHeaderCell(text)) {
    if (best === null || score > best[1]) best = [target, score];
  }
  return best?.[0] ?? null;
}

function recognisedTargets(row: readonly string[]): Set<ColumnTarget> {
  const targets = new Set<ColumnTarget>();
  for (const cell of row) {
    const target = matchColumn(cell);
    if (target !== null) targets.add(target);
  }
  return targets;
}

/**
 * Index of the header row: the first of the first 15 rows with at least two recognised columns, one of
 * them an imported field (not only "STT"/"Ghi chú"). Null when there is none.
 */
export function detectHeader(rows: readonly (readonly string[])[]): number | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const targets = recognisedTargets(rows[i] ?? []);
    const hasField = [...targets].some((t) => t !== 'ignore');
    if (targets.size >= 2 && hasField) return i;
  }
  return null;
}

const isNumberingRow = (row: readonly string[]): boolean => {
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c) => /^[([]?\d{1,2}[)\]]?$/.test(c.trim()));
};

/** Reads the header at `headerIndex`, merging a sub-header row and skipping a column-numbering row. */
export function readHeader(rows: readonly (readonly string[])[], headerIndex: number): HeaderRows {
  const cells = [...(rows[headerIndex] ?? [])];
  let next = headerIndex + 1;
  const sub = rows[next] ?? [];
  const subFilled = sub.filter((c) => c.trim() !== '');
  const mainTargets = recognisedTargets(cells);
  const isSubHeader =
    subFilled.length > 0 &&
    subFilled.every((c) => matchColumn(c) !== null) &&
    [...recognisedTargets(sub)].some((t) => t !== 'ignore' && !mainTargets.has(t));
  if (isSubHeader) {
    sub.forEach((c, i) => {
      if (c.trim() !== '') cells[i] = c;
    });
    next += 1;
  }
  if (isNumberingRow(rows[next] ?? [])) next += 1;
  return { cells, firstDataIndex: next };
}

export const emptyMapping = (): ColumnMapping =>
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;

/**
 * Guesses the field of every header cell: best-scoring (column, field) pairs first, each field used once
 * (the leftmost column wins a tie), each column once.
 */
export function guessMapping(headerRow: readonly string[]): MappingGuess {
  const candidates: { column: number; target: ColumnTarget; score: number }[] = [];
  headerRow.forEach((text, column) => {
    for (const [target, score] of scoreHeaderCell(text)) candidates.push({ column, target, score });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const mapping = emptyMapping();
  const ignored: number[] = [];
  const taken = new Set<number>();
  for (const { column, target } of candidates) {
    if (taken.has(column)) continue;
    if (target === 'ignore') {
      ignored.push(column);
      taken.add(column);
    } else if (mapping[target] === null) {
      mapping[target] = column;
      taken.add(column);
    }
  }
  const unmapped = headerRow.flatMap((text, column) =>
    text.trim() !== '' && !taken.has(column) ? [column] : [],
  );
  return { mapping, ignored: ignored.sort((a, b) => a - b), unmapped };
}
