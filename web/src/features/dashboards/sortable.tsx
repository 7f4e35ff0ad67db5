import { useState } from 'react';
import type { SortDirection } from './sort-rows';

// Sortable tables: the column headers are buttons (keyboard usable) and carry aria-sort.

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** The sort of one table; a header clicked again turns the order round, a new one starts with `firstOf`. */
export function useSort<K extends string>(
  initial: SortState<K>,
  firstOf: (key: K) => SortDirection,
): [SortState<K>, (key: K) => void] {
  const [state, setState] = useState(initial);
  const toggle = (key: K) =>
    setState((previous) =>
      previous.key === key
        ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: firstOf(key) },
    );
  return [state, toggle];
}

interface SortHeaderProps<K extends string> {
  label: string;
  sortKey: K;
  state: SortState<K>;
  onSort: (key: K) => void;
  /** Right-aligned numeric column. */
  isNumeric?: boolean;
}

export function SortHeader<K extends string>({
  label,
  sortKey,
  state,
  onSort,
  isNumeric,
}: SortHeaderProps<K>) {
  const current = state.key === sortKey ? state.direction : undefined;
  const arrow = current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={current ?? 'none'} className={isNumeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" className={current ? 'sort-arrow is-active' : 'sort-arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}
