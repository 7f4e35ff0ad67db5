import type { PortalSalePoint } from '../../db/repositories/portal-product.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import { type AreaView, communeView, provinceView } from './portal-views.ts';

export type SalePointView = Readonly<{
  slug: string;
  name: string;
  address: string;
  province: AreaView;
  commune: AreaView | null;
  /** Both or neither. */
  lat: number | null;
  lon: number | null;
  level: 'commune' | 'province' | 'national';
  locationType: string | null;
  phone: string | null;
  openingHours: string | null;
  website: string | null;
  recognisedBy: string | null;
  recognisedOn: string | null;
}>;

export function salePointView(units: AdminUnitsIndex, row: PortalSalePoint): SalePointView {
  const lat = row.lat === null ? null : Number(row.lat);
  const lon = row.lon === null ? null : Number(row.lon);
  const located = lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon);
  return {
    slug: row.slug,
    name: row.name,
    address: row.address,
    province: provinceView(units, row.provinceCode),
    commune: row.communeCode ? communeView(units, row.communeCode) : null,
    lat: located ? lat : null,
    lon: located ? lon : null,
    level: row.level,
    locationType: row.locationType,
    phone: row.phone,
    openingHours: row.openingHours,
    website: row.website,
    recognisedBy: row.recognisedBy,
    recognisedOn: row.recognisedOn,
  };
}

const collator = new Intl.Collator('vi');

/** By province name, then name (Vietnamese order). */
export function sortSalePoints(points: SalePointView[]): SalePointView[] {
  return points.sort(
    (a, b) =>
      collator.compare(a.province.shortName, b.province.shortName) || collator.compare(a.name, b.name),
  );
}
