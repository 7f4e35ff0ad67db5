// Who a document comes from (top-left of the page, Decree 30/2020 layout) and the place of its date line.
import type { CouncilRow } from '../../db/repositories/dossiers.repository.ts';
import type { IssuingBody } from '../../documents/types.ts';
import type { AppDeps } from '../deps.ts';
import { authorityName } from '../dossiers/unit-names.ts';

/** The ministry signs in the capital. */
const CENTRAL_PLACE = 'Hà Nội';

export const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** "Thái Nguyên" for a province code; the capital for the central level. */
export function placeOf(deps: AppDeps, level: 'province' | 'central', provinceCode: string | null): string {
  if (level === 'central' || !provinceCode) return CENTRAL_PLACE;
  return deps.adminUnits.province2025(provinceCode)?.name ?? provinceCode;
}

/** The signing authority: the name stored with the record, else the one its level and province give. */
export function authorityBody(
  deps: AppDeps,
  level: 'province' | 'central',
  provinceCode: string | null,
  storedName: string | null,
): IssuingBody {
  const name = storedName?.trim() || authorityName(deps.adminUnits, level, provinceCode);
  return { name: upper(name), place: placeOf(deps, level, provinceCode) };
}

/** A council under its authority ("ỦY BAN NHÂN DÂN TỈNH …" above "HỘI ĐỒNG …"). */
export function councilBody(deps: AppDeps, council: CouncilRow): IssuingBody {
  return {
    parentName: upper(authorityName(deps.adminUnits, council.level, council.provinceCode)),
    name: upper(council.name),
    place: placeOf(deps, council.level, council.provinceCode),
  };
}
