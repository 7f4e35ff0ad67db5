/**
 * Folds Vietnamese text for accent-insensitive matching: NFD, strip combining marks (U+0300–U+036F),
 * đ/Đ → d, lowercase, collapse whitespace. "Tuyên Quang" → "tuyen quang".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the folded query is empty or contained in one of the folded fields. */
export function matchesFilter(query: string, ...fields: string[]): boolean {
  const needle = foldText(query);
  if (needle === '') return true;
  return fields.some((field) => foldText(field).includes(needle));
}

/** Keeps the items whose fields match the query; the list is returned unchanged for an empty query. */
export function filterByText<T>(items: readonly T[], query: string, fields: (item: T) => string[]): T[] {
  if (foldText(query) === '') return [...items];
  return items.filter((item) => matchesFilter(query, ...fields(item)));
}
