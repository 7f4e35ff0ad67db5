import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { type AreaView, provinceView } from './portal-views.ts';
import type { SalePointView } from './sale-point-view.ts';
import { listPublicSalePoints } from './sale-points.ts';
import { type CatalogueResult, searchPublicCatalogue } from './search-catalogue.ts';

export type PublicProvincePage = Readonly<{
  province: AreaView;
  catalogue: CatalogueResult;
  salePoints: SalePointView[];
}>;

/** A 2025 province: its products with a certificate in force (paged) and its sale points. */
export async function getPublicProvincePage(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
  code: string,
  page: number,
): Promise<PublicProvincePage | null> {
  if (!deps.adminUnits.province2025(code)) return null;
  const catalogue = await searchPublicCatalogue(deps, snapshot, {
    province: code,
    includeInactive: false,
    page,
  });
  return {
    province: provinceView(deps.adminUnits, code),
    catalogue,
    salePoints: await listPublicSalePoints(deps, code),
  };
}
