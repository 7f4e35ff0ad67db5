import {
  findActiveSalePointBySlug,
  listActiveSalePoints,
  listSalePointProductIds,
} from '../../db/repositories/portal-places.repository.ts';
import { hitsByIds } from '../../domain/portal/catalogue-summary.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { cardView, type ProductCardView } from './portal-views.ts';
import { type SalePointView, salePointView, sortSalePoints } from './sale-point-view.ts';

/** Every active sale point (of one province when given), by province and name. */
export async function listPublicSalePoints(deps: AppDeps, provinceCode?: string): Promise<SalePointView[]> {
  const rows = await listActiveSalePoints(deps.db, provinceCode ? { provinceCode } : {});
  return sortSalePoints(rows.map((row) => salePointView(deps.adminUnits, row)));
}

export type PublicSalePointPage = Readonly<{ point: SalePointView; products: ProductCardView[] }>;

/** A sale point and the products it carries whose certificate is in force today. */
export async function getPublicSalePointPage(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
  slug: string,
): Promise<PublicSalePointPage | null> {
  if (slug.length > 200) return null;
  const row = await findActiveSalePointBySlug(deps.db, slug);
  if (!row) return null;
  const ids = new Set(await listSalePointProductIds(deps.db, row.id));
  const index = await snapshot.current();
  const hits = ids.size === 0 ? [] : hitsByIds(index, vietnamDate(deps.now()), ids);
  return { point: salePointView(deps.adminUnits, row), products: hits.map((hit) => cardView(deps, hit)) };
}
