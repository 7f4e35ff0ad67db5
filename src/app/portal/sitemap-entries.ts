import { LISTED_STATUSES } from '../../domain/portal/catalogue-card.ts';
import { statusCodesOn, statusMask } from '../../domain/portal/catalogue-index.ts';
import { producerKey } from '../../domain/portal/public-paths.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { listPublicSalePoints } from './sale-points.ts';

export type SitemapEntries = Readonly<{
  productSlugs: string[];
  producerKeys: string[];
  provinceCodes: string[];
  salePointSlugs: string[];
}>;

/** What the sitemap lists: products in force today, their producers and provinces, and the sale points. */
export async function sitemapEntries(deps: AppDeps, snapshot: CatalogueSnapshot): Promise<SitemapEntries> {
  const index = await snapshot.current();
  const codes = statusCodesOn(index, vietnamDate(deps.now()));
  const listed = statusMask(LISTED_STATUSES);
  const productSlugs: string[] = [];
  const producers = new Map<string, string>();
  const provinces = new Set<string>();
  index.cards.forEach((card, i) => {
    if (!listed[codes[i] ?? 0]) return;
    productSlugs.push(card.slug);
    if (!producers.has(card.producer.id)) producers.set(card.producer.id, producerKey(card.producer));
    provinces.add(card.provinceCode);
  });
  const salePoints = await listPublicSalePoints(deps);
  return {
    productSlugs,
    producerKeys: [...producers.values()],
    provinceCodes: [...provinces].sort(),
    salePointSlugs: salePoints.map((s) => s.slug),
  };
}
