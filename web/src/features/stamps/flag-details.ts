import type { StampFlag } from '../../api/types';

/** What the copy detector counted for a flag (its `details` object), read defensively. */
export interface FlagCounts {
  scans: number | null;
  clients: number | null;
  provinces: string[];
  limit: number | null;
  from: string | null;
  to: string | null;
}

const numberOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function flagCounts(details: StampFlag['details']): FlagCounts {
  const provinces = Array.isArray(details.provinces)
    ? details.provinces.filter((code): code is string => typeof code === 'string')
    : [];
  return {
    scans: numberOf(details.scans),
    clients: numberOf(details.clients),
    provinces,
    limit: numberOf(details.limit),
    from: textOf(details.from),
    to: textOf(details.to),
  };
}

/**
 * A code as typed ("xr0v-dsh4-0cq7-d") in the stored form the flag filter matches exactly: upper case,
 * hyphens and spaces dropped, and Crockford's look-alikes read as digits (O → 0, I and L → 1).
 */
export const canonicalCode = (text: string): string =>
  text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
