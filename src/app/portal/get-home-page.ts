import { featuredProducts, type StarCounts, starCounts } from '../../domain/portal/catalogue-summary.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { type EventView, upcomingEvents } from './events.ts';
import { cardView, type ProductCardView } from './portal-views.ts';

export type PublicHomePage = Readonly<{
  counts: StarCounts;
  featured: ProductCardView[];
  events: EventView[];
}>;

/** Live counts by stars (certificates in force today), recently certified 4–5★ products, coming fairs. */
export async function getPublicHomePage(deps: AppDeps, snapshot: CatalogueSnapshot): Promise<PublicHomePage> {
  const index = await snapshot.current();
  const today = vietnamDate(deps.now());
  return {
    counts: starCounts(index, today),
    featured: featuredProducts(index, today, 8).map((hit) => cardView(deps, hit)),
    events: await upcomingEvents(deps, 4),
  };
}
