import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { ALL_PUBLIC_STATUSES } from '../../domain/portal/catalogue-card.ts';
import { searchCatalogue } from '../../domain/portal/catalogue-search.ts';
import { producerIdOfKey, producerKey } from '../../domain/portal/public-paths.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { type AreaView, cardView, communeView, type ProductCardView, provinceView } from './portal-views.ts';

export type PublicProducerPage = Readonly<{
  key: string;
  name: string;
  type: string;
  /** Commune and province only: a household's street and phone stay out of a public page. */
  province: AreaView;
  commune: AreaView;
  website: string | null;
  /** Its certified products: in force first, then expired or revoked. */
  products: ProductCardView[];
}>;

/** A producer with at least one certified product; null otherwise (unknown, archived, none certified). */
export async function getPublicProducerPage(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
  key: string,
): Promise<PublicProducerPage | null> {
  const id = producerIdOfKey(key);
  if (!id) return null;
  const producer = await findProducerById(deps.db, id);
  if (!producer || producer.archivedAt !== null) return null;
  const index = await snapshot.current();
  const today = vietnamDate(deps.now());
  const found = searchCatalogue(index, { producerId: id, statuses: ALL_PUBLIC_STATUSES }, today, {
    offset: 0,
    limit: 500,
  });
  if (found.total === 0) return null;
  const inForce = (s: string) => (s === 'expired' || s === 'revoked' ? 1 : 0);
  const products = found.hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => inForce(a.hit.status) - inForce(b.hit.status) || a.i - b.i)
    .map(({ hit }) => cardView(deps, hit));
  return {
    key: producerKey(producer),
    name: producer.name,
    type: producer.type,
    province: provinceView(deps.adminUnits, producer.provinceCode),
    commune: communeView(deps.adminUnits, producer.communeCode),
    website: producer.website,
    products,
  };
}
