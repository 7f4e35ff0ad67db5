import { useCallback, useState } from 'react';
import { type FetchState, type Loader, useFetch } from './use-fetch';

/**
 * useFetch for a record that the screen edits: `replace` swaps in the server's answer to a write (PATCH/POST
 * return the updated record), so no second GET is needed.
 */
export function useEditableFetch<T>(key: string, load: Loader<T>): [FetchState<T>, (data: T) => void] {
  const fetched = useFetch(key, load);
  const [updated, setUpdated] = useState<{ key: string; data: T } | null>(null);
  const replace = useCallback((data: T) => setUpdated({ key, data }), [key]);
  if (updated !== null && updated.key === key) return [{ status: 'success', data: updated.data }, replace];
  return [fetched, replace];
}
