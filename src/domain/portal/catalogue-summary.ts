// Figures the portal shows around the catalogue: counts by stars, featured products, where products are.
import type { CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import { LISTED_STATUSES } from './catalogue-card.ts';
import { type CatalogueIndex, statusCodesOn, statusMask, statusOfCode } from './catalogue-index.ts';
import type { CatalogueHit } from './catalogue-search.ts';

/** Indices of the cards whose status on `today` is one of `statuses`. */
export function listedIndices(
  index: CatalogueIndex,
  today: string,
  statuses: readonly CertificateStatusCode[] = LISTED_STATUSES,
): number[] {
  const codes = statusCodesOn(index, today);
  const allowed = statusMask(statuses);
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) if (allowed[codes[i] ?? 0]) out.push(i);
  return out;
}

export type StarCounts = Readonly<{ total: number; byStars: Readonly<Record<3 | 4 | 5, number>> }>;

/** Products with a certificate in force today, by stars. */
export function starCounts(index: CatalogueIndex, today: string): StarCounts {
  const byStars = { 3: 0, 4: 0, 5: 0 };
  const listed = listedIndices(index, today);
  for (const i of listed) {
    const stars = index.cards[i]?.stars;
    if (stars === 3 || stars === 4 || stars === 5) byStars[stars]++;
  }
  return { total: listed.length, byStars };
}

/** Recently certified 4–5★ products, those with a photo first, newest certificate first. */
export function featuredProducts(index: CatalogueIndex, today: string, limit: number): CatalogueHit[] {
  const codes = statusCodesOn(index, today);
  const photo = (i: number) => (index.cards[i]?.photoKey ? 0 : 1);
  return listedIndices(index, today)
    .filter((i) => (index.cards[i]?.stars ?? 0) >= 4)
    .sort(
      (a, b) =>
        photo(a) - photo(b) ||
        (index.cards[b]?.validFrom ?? '').localeCompare(index.cards[a]?.validFrom ?? ''),
    )
    .slice(0, limit)
    .flatMap((i) => {
      const card = index.cards[i];
      return card ? [{ card, status: statusOfCode(codes[i] ?? 0) }] : [];
    });
}

/** How many listed products each area has: provinces, or the communes of one province. */
export function countByArea(
  index: CatalogueIndex,
  today: string,
  level: Readonly<{ provinceCode?: string }>,
  statuses: readonly CertificateStatusCode[] = LISTED_STATUSES,
): Map<string, number> {
  const codes = statusCodesOn(index, today);
  const allowed = statusMask(statuses);
  const { province, commune } = index.columns;
  const wanted = level.provinceCode ? (index.codes.province.get(level.provinceCode) ?? -1) : null;
  const counts = new Map<string, number>();
  if (wanted === -1) return counts;
  const perCommune = new Int32Array(index.codes.communeCodes.length);
  for (let i = 0; i < codes.length; i++) {
    if (!allowed[codes[i] ?? 0]) continue;
    if (wanted === null) {
      const code = index.cards[i]?.provinceCode ?? '';
      counts.set(code, (counts.get(code) ?? 0) + 1);
    } else if (province[i] === wanted) {
      const c = commune[i] ?? 0;
      perCommune[c] = (perCommune[c] ?? 0) + 1;
    }
  }
  perCommune.forEach((n, c) => {
    if (n > 0) counts.set(index.codes.communeCodes[c] ?? '', n);
  });
  return counts;
}

/** Cards by id (sale points and producers list their products from the snapshot). */
export function hitsByIds(
  index: CatalogueIndex,
  today: string,
  ids: ReadonlySet<string>,
  statuses: readonly CertificateStatusCode[] = LISTED_STATUSES,
): CatalogueHit[] {
  const codes = statusCodesOn(index, today);
  const allowed = statusMask(statuses);
  const hits: CatalogueHit[] = [];
  index.cards.forEach((card, i) => {
    const code = codes[i] ?? 0;
    if (ids.has(card.id) && allowed[code]) hits.push({ card, status: statusOfCode(code) });
  });
  return hits;
}
