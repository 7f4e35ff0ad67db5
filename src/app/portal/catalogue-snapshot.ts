// The public catalogue in memory (ADR 0014): a read-only snapshot of the certified products, reloaded when
// it is older than the TTL *and* the database's fingerprint changed (or in any case after maxAgeMs). One
// load at a time: the request that finds the snapshot stale waits for the check (and reload); requests
// arriving meanwhile are served the previous snapshot. Time is deps.now(), so tests move it.
import {
  type CatalogueRow,
  catalogueFingerprint,
  loadCatalogueRows,
} from '../../db/repositories/portal-catalogue.repository.ts';
import type { CatalogueCard, CatalogueProducer } from '../../domain/portal/catalogue-card.ts';
import { buildCatalogueIndex, type CatalogueIndex } from '../../domain/portal/catalogue-index.ts';
import type { AppDeps } from '../deps.ts';

export type CatalogueSnapshot = Readonly<{
  /** The index, fresh within the TTL. */
  current(): Promise<CatalogueIndex>;
  /** Increases with every reload (cache key for outputs derived from the index). */
  generation(): number;
}>;

export type SnapshotOptions = Readonly<{ ttlMs: number; maxAgeMs: number }>;

export const DEFAULT_SNAPSHOT_OPTIONS: SnapshotOptions = { ttlMs: 30_000, maxAgeMs: 600_000 };

type State = {
  index: CatalogueIndex;
  fingerprint: string;
  checkedAt: number;
  loadedAt: number;
  generation: number;
};

/** Rows → cards, sharing one object per producer and one string per area code. */
export function cardsOf(rows: readonly CatalogueRow[]): CatalogueCard[] {
  const producers = new Map<string, CatalogueProducer>();
  const codes = new Map<string, string>();
  const intern = (s: string) => {
    const known = codes.get(s);
    if (known !== undefined) return known;
    codes.set(s, s);
    return s;
  };
  return rows.map((r) => {
    let producer = producers.get(r.producer_id);
    if (!producer) {
      producer = { id: r.producer_id, name: r.producer_name, type: intern(r.producer_type) };
      producers.set(r.producer_id, producer);
    }
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      sortKey: r.sort_key,
      ocopCode: r.ocop_code,
      provinceCode: intern(r.province_code),
      communeCode: intern(r.commune_code),
      productSetId: r.product_set_id,
      producer,
      photoKey: r.photo_key,
      stars: r.stars,
      certificateNumber: r.certificate_number,
      datesPrecision: r.dates_precision === 'year' ? 'year' : 'day',
      validFrom: r.valid_from,
      validTo: r.valid_to,
      revokedOn: r.revoked_on,
      revocationGround: r.revocation_ground,
      reEvaluationSince: r.re_evaluation_since,
    };
  });
}

export function createCatalogueSnapshot(
  deps: Pick<AppDeps, 'db' | 'now'>,
  options: SnapshotOptions = DEFAULT_SNAPSHOT_OPTIONS,
): CatalogueSnapshot {
  let state: State | null = null;
  let pending: Promise<State> | null = null;

  async function reload(previous: State | null): Promise<State> {
    const now = deps.now().getTime();
    const fingerprint = await catalogueFingerprint(deps.db);
    const age = previous ? now - previous.loadedAt : 0;
    if (previous && previous.fingerprint === fingerprint && age >= 0 && age < options.maxAgeMs) {
      return { ...previous, checkedAt: now };
    }
    const index = buildCatalogueIndex(cardsOf(await loadCatalogueRows(deps.db)));
    return { index, fingerprint, checkedAt: now, loadedAt: now, generation: (previous?.generation ?? 0) + 1 };
  }

  const isFresh = (s: State) => {
    const age = deps.now().getTime() - s.checkedAt;
    return age >= 0 && age < options.ttlMs;
  };

  return {
    async current() {
      if (state && isFresh(state)) return state.index;
      if (pending) return state ? state.index : (await pending).index;
      pending = reload(state)
        .then((next) => {
          state = next;
          return next;
        })
        .finally(() => {
          pending = null;
        });
      return (await pending).index;
    },
    generation: () => state?.generation ?? 0,
  };
}
