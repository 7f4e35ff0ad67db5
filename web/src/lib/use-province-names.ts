import { useMemo } from 'react';
import { loadProvinces } from './reference-cache';
import { useFetch } from './use-fetch';

/** Province code → name from the shared reference list ("08" → "Tuyên Quang"); the code until it loads. */
export function useProvinceNames(): (code: string | null | undefined) => string {
  const provinces = useFetch('provinces', loadProvinces);
  const names = useMemo(
    () => new Map(provinces.status === 'success' ? provinces.data.map((p) => [p.code, p.name]) : []),
    [provinces],
  );
  return (code) => (code ? (names.get(code) ?? code) : '—');
}
