import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import {
  type AddressQuery,
  type ResolvedCommune,
  resolveAddress,
} from '../../domain/admin-units/resolve-address.ts';
import { DomainError } from '../../domain/errors.ts';

/** The 2025 commune(s) for an old or new address; an unknown old commune code is a 404. */
export function resolveAdminAddress(
  units: AdminUnitsIndex,
  query: AddressQuery,
): { matches: ResolvedCommune[]; ambiguous: boolean } {
  const result = resolveAddress(units, query);
  if (result.kind === 'unknown-old-commune-code') {
    throw new DomainError(
      'ADMIN_UNIT_NOT_FOUND',
      `Không có xã/phường mã ${result.oldCommuneCode} trong danh mục trước 1/7/2025.`,
    );
  }
  return { matches: result.matches, ambiguous: result.ambiguous };
}
