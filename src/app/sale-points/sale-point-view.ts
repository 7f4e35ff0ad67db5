import type { DbOrTx } from '../../db/client.ts';
import {
  type CarriedProductRow,
  productsOfSalePoint,
  type SalePointRecord,
} from '../../db/repositories/sale-points.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { PublicStatus } from '../../domain/marketplace/public-status.ts';
import type { SalePointLevel } from '../../domain/marketplace/sale-point-rules.ts';

export type SalePointSummary = {
  id: string;
  slug: string;
  name: string;
  address: string;
  province: { code: string; name: string };
  commune: { code: string; name: string } | null;
  lat: number | null;
  lon: number | null;
  level: SalePointLevel;
  locationType: string | null;
  phone: string | null;
  openingHours: string | null;
  website: string | null;
  recognisedBy: string | null;
  recognisedOn: string | null;
  isActive: boolean;
  productCount: number;
  createdAt: string;
  updatedAt: string;
};

export type SalePointView = SalePointSummary & {
  products: { id: string; name: string; slug: string; stars: number | null; status: PublicStatus }[];
};

export function toSalePointSummary(
  row: SalePointRecord,
  adminUnits: AdminUnitsIndex,
  productCount: number,
): SalePointSummary {
  const commune = row.communeCode ? adminUnits.commune2025(row.communeCode) : undefined;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    address: row.address,
    province: { code: row.provinceCode, name: adminUnits.province2025(row.provinceCode)?.name ?? '' },
    commune: row.communeCode ? { code: row.communeCode, name: commune?.fullName ?? '' } : null,
    lat: row.lat,
    lon: row.lon,
    level: row.level,
    locationType: row.locationType,
    phone: row.phone,
    openingHours: row.openingHours,
    website: row.website,
    recognisedBy: row.recognisedBy,
    recognisedOn: row.recognisedOn,
    isActive: row.isActive,
    productCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const productOf = (p: CarriedProductRow) => ({
  id: p.id,
  name: p.name,
  slug: p.slug,
  stars: p.stars,
  // certificateStatusSql yields exactly the PUBLIC_STATUSES codes.
  status: p.status as PublicStatus,
});

/** The full record: the products it carries with their certificate status on `today`. */
export async function salePointViewOf(
  db: DbOrTx,
  adminUnits: AdminUnitsIndex,
  row: SalePointRecord,
  today: string,
): Promise<SalePointView> {
  const products = await productsOfSalePoint(db, row.id, today);
  return { ...toSalePointSummary(row, adminUnits, products.length), products: products.map(productOf) };
}
