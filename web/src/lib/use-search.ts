import { useState } from 'react';

export type SearchState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; items: T[] };

/** A search box's query and the outcome of its last search; see components/search-box.tsx. */
export interface Search<T> {
  query: string;
  setQuery: (query: string) => void;
  state: SearchState<T>;
  /** Searches for the trimmed query; an empty query does nothing. */
  run: () => Promise<void>;
}

/** Runs `find` on demand (a button or Enter), not as the user types. */
export function useSearch<T>(find: (query: string) => Promise<{ items: T[] }>): Search<T> {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState<T>>({ status: 'idle' });

  async function run() {
    if (query.trim() === '') return;
    setState({ status: 'loading' });
    try {
      setState({ status: 'done', items: (await find(query.trim())).items });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }

  return { query, setQuery, state, run };
}
