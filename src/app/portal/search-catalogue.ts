import { ALL_PUBLIC_STATUSES, LISTED_STATUSES } from '../../domain/portal/catalogue-card.ts';
import { searchCatalogue } from '../../domain/portal/catalogue-search.ts';
import { countByArea } from '../../domain/portal/catalogue-summary.ts';
import { productSetIdsOfClass } from '../../domain/portal/product-classes.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { type AreaView, cardView, communeView, type ProductCardView, provinceView } from './portal-views.ts';

export const CATALOGUE_PAGE_SIZE = 24;

export type CatalogueInput = Readonly<{
  q?: string | undefined;
  province?: string | undefined;
  commune?: string | undefined;
  stars?: readonly number[] | undefined;
  /** Sector ("I"), group ("I.1") or product set ("11"). */
  classCode?: string | undefined;
  producerType?: string | undefined;
  producerId?: string | undefined;
  /** Also expired and revoked certificates. */
  includeInactive: boolean;
  page: number;
  pageSize?: number | undefined;
}>;

export type AreaCount = Readonly<{ area: AreaView; count: number }>;

export type CatalogueResult = Readonly<{
  total: number;
  page: number;
  pageCount: number;
  items: ProductCardView[];
  /** The communes of the chosen province that have listed products (for the commune filter). */
  communes: AreaCount[];
}>;

const collator = new Intl.Collator('vi');

export async function searchPublicCatalogue(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
  input: CatalogueInput,
): Promise<CatalogueResult> {
  const index = await snapshot.current();
  const today = vietnamDate(deps.now());
  const statuses = input.includeInactive ? ALL_PUBLIC_STATUSES : LISTED_STATUSES;
  const pageSize = input.pageSize ?? CATALOGUE_PAGE_SIZE;
  const inProvince =
    input.province && deps.adminUnits.commune2025(input.commune ?? '')?.provinceCode === input.province;
  const filter = {
    q: input.q,
    provinceCode: input.province,
    communeCode: inProvince ? input.commune : undefined,
    stars: input.stars,
    productSetIds: productSetIdsOfClass(deps.productSets, input.classCode) ?? undefined,
    producerType: input.producerType,
    producerId: input.producerId,
    statuses,
  };
  const first = searchCatalogue(index, filter, today, {
    offset: (input.page - 1) * pageSize,
    limit: pageSize,
  });
  const pageCount = Math.max(1, Math.ceil(first.total / pageSize));
  // A page past the end shows the last one rather than nothing.
  const result =
    input.page > pageCount
      ? searchCatalogue(index, filter, today, { offset: (pageCount - 1) * pageSize, limit: pageSize })
      : first;
  const communes = input.province
    ? [...countByArea(index, today, { provinceCode: input.province }, statuses)]
        .map(([code, count]) => ({ area: communeView(deps.adminUnits, code), count }))
        .sort((a, b) => collator.compare(a.area.shortName, b.area.shortName))
    : [];
  return {
    total: result.total,
    page: Math.min(input.page, pageCount),
    pageCount,
    items: result.hits.map((hit) => cardView(deps, hit)),
    communes,
  };
}

/** The 34 provinces in Vietnamese alphabetical order (the province filter). */
export function provinceOptions(deps: AppDeps): AreaView[] {
  return deps.adminUnits.provinces2025
    .map((p) => provinceView(deps.adminUnits, p.code))
    .sort((a, b) => collator.compare(a.shortName, b.shortName));
}
