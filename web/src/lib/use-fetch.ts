import { useEffect, useState } from 'react';
import { isAbortError } from '../api/http';

export type FetchState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: T };

/** Must be stable (module-level function or memoised), otherwise the effect re-runs on every render. */
export type Loader<T> = (key: string, signal: AbortSignal) => Promise<T>;

type KeyedState<T> = FetchState<T> & { key: string | null };

/**
 * Loads data for `key` (null → idle), aborting the previous request when the key changes or the component
 * unmounts. State belonging to an older key is never returned.
 */
export function useFetch<T>(key: string | null, load: Loader<T>): FetchState<T> {
  const [state, setState] = useState<KeyedState<T>>({ key: null, status: 'idle' });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, status: 'loading' });
    load(key, controller.signal).then(
      (data) => setState({ key, status: 'success', data }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ key, status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key, load]);

  if (key === null) return { status: 'idle' };
  if (state.key !== key) return { status: 'loading' };
  return state;
}
