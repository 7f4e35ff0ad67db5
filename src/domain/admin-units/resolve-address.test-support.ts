// Shared set-up of the resolveAddress tests (table rows checked against the reference CSVs).
import { expect } from 'vitest';
import { readAdminUnitsData } from '../../reference/admin-units-files.ts';
import type { AdminUnitsIndex } from './admin-units-index.ts';
import { buildAdminUnitsIndex } from './admin-units-index.ts';
import type { AddressQuery } from './resolve-address.ts';
import { resolveAddress } from './resolve-address.ts';
import type { ResolvedVia } from './types.ts';

export interface ResolveRow {
  name: string;
  query: AddressQuery;
  /** Expected 2025 commune codes, in result order (province code, then commune code). */
  codes: string[];
  via?: ResolvedVia;
}

/** Old Xã Thông Hòa (Cầu Kè, Trà Vinh) and the 2025 Xã Tam Ngãi (Vĩnh Long) it became share code 29335. */
export const THONG_HOA = '29335';

export function loadReferenceIndex(): AdminUnitsIndex {
  return buildAdminUnitsIndex(readAdminUnitsData());
}

export function expectRow(index: AdminUnitsIndex, { query, codes, via }: ResolveRow): void {
  const result = resolveAddress(index, query);
  expect(result.kind).toBe('ok');
  expect(result.matches.map((m) => m.communeCode)).toEqual(codes);
  expect(result.ambiguous).toBe(codes.length > 1);
  if (via !== undefined) expect(result.matches.every((m) => m.via === via)).toBe(true);
}
