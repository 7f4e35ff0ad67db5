import type { Language } from '../../i18n/translate';

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;

/** A sorted copy: strings in the language's collation, numbers numerically, nulls last either way. */
export function sortRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortValue,
  direction: SortDirection,
  language: Language,
): T[] {
  const collator = new Intl.Collator(language === 'vi' ? 'vi' : 'en', { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(String(x), String(y));
  });
}
