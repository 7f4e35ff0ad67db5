import { searchProducts } from '../../db/repositories/product-search.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { CertificateStatusCode } from '../../domain/registry/certificate-status-codes.ts';
import { listScopeOf } from '../../domain/registry/record-access.ts';
import type { AppDeps } from '../deps.ts';
import { unitRefs } from '../producers/producer-view.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import type { ProductView } from './product-view.ts';

export type ProductSearch = {
  q?: string | undefined;
  province?: string | undefined;
  commune?: string | undefined;
  stars?: number[] | undefined;
  productSet?: number[] | undefined;
  /** Sector ("I") or group ("I.1") code of the Decision 26/2026 classification. */
  sector?: string | undefined;
  group?: string | undefined;
  producerType?: string | undefined;
  producerId?: string | undefined;
  status?: string[] | undefined;
  includeArchived?: boolean | undefined;
  page: number;
  pageSize: number;
};

export type ProductListItem = {
  id: string;
  name: string;
  slug: string;
  producer: { id: string; name: string; type: string };
  province: { code: string; name: string };
  commune: { code: string; name: string };
  productSetId: number | null;
  ocopCode: string | null;
  stars: number | null;
  certificateStatus: CertificateStatusCode;
  validTo: string | null;
};

function productSetFilter(deps: AppDeps, search: ProductSearch): number[] | undefined {
  let ids = search.productSet;
  for (const code of [search.sector, search.group]) {
    if (!code) continue;
    const inClass = deps.productSets.idsOf(code);
    ids = ids ? ids.filter((id) => inClass.includes(id)) : inClass;
    if (ids.length === 0) return [0]; // an unknown or disjoint class matches nothing
  }
  return ids;
}

export async function findProducts(
  deps: AppDeps,
  actor: Actor,
  search: ProductSearch,
): Promise<{ items: ProductListItem[]; total: number }> {
  const { rows, total } = await searchProducts(deps.db, {
    scope: listScopeOf(actor),
    today: vietnamDate(deps.now()),
    q: search.q,
    provinceCode: search.province,
    communeCode: search.commune,
    stars: search.stars,
    productSetIds: productSetFilter(deps, search),
    producerType: search.producerType,
    producerId: search.producerId,
    statuses: search.status,
    includeArchived: search.includeArchived ?? false,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    producer: { id: r.producer_id, name: r.producer_name, type: r.producer_type },
    ...unitRefs(deps.adminUnits, r.commune_code, r.province_code),
    productSetId: r.product_set_id,
    ocopCode: r.ocop_code,
    stars: r.stars,
    certificateStatus: r.certificate_status as CertificateStatusCode,
    validTo: r.valid_to,
  }));
  return { items, total };
}

export async function getProduct(deps: AppDeps, actor: Actor, id: string): Promise<ProductView> {
  return productViewOf(deps, deps.db, await loadAccessibleProduct(deps.db, actor, id));
}
