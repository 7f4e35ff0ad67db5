// Searching and filtering the in-memory catalogue. Text ranks, best first: the name starts with what was
// typed; every typed word starts a word of the name (or the phrase starts a word); the phrase is inside the
// name; the words are found in the producer's name; typos (edit distance). Within a rank: Vietnamese order.
import { foldName } from '../admin-units/normalize-name.ts';
import type { CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import type { CatalogueCard } from './catalogue-card.ts';
import { type CatalogueIndex, statusCodesOn, statusMask, statusOfCode } from './catalogue-index.ts';
import { GRADE_FUZZY, GRADE_NONE, GRADE_PREFIX, gradeVocabulary } from './word-grades.ts';

export type CatalogueFilter = Readonly<{
  q?: string | undefined;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  stars?: readonly number[] | undefined;
  /** Already resolved from a sector, group or product set; an empty list matches nothing. */
  productSetIds?: readonly number[] | undefined;
  producerType?: string | undefined;
  producerId?: string | undefined;
  statuses: readonly CertificateStatusCode[];
}>;

export type CatalogueHit = Readonly<{ card: CatalogueCard; status: CertificateStatusCode }>;
export type CataloguePage = Readonly<{ total: number; hits: CatalogueHit[] }>;

const RANKS = 5;
const MAX_QUERY_WORDS = 8;

type TextQuery = { phrase: string; grades: Uint8Array[] };

function textQuery(index: CatalogueIndex, q: string | undefined): TextQuery | null {
  const phrase = foldName((q ?? '').slice(0, 200));
  if (phrase === '') return null;
  const words = [...new Set(phrase.split(' '))].slice(0, MAX_QUERY_WORDS);
  return { phrase, grades: words.map((w) => gradeVocabulary(index.vocabulary, w)) };
}

/** Best grade of typed word `g` among word ids `ids[from, to)`, starting from `best`. */
function bestIn(g: Uint8Array, ids: Int32Array, from: number, to: number, best: number): number {
  let result = best;
  for (let k = from; k < to && result > 0; k++) result = Math.min(result, g[ids[k] ?? 0] ?? GRADE_NONE);
  return result;
}

/**
 * The worst, over typed words, of each word's best grade among the name's words (and the producer's words
 * when `withProducer`): every typed word must be found somewhere.
 */
function worstBest(index: CatalogueIndex, text: TextQuery, i: number, withProducer: boolean): number {
  const from = index.nameStart[i] ?? 0;
  const to = index.nameStart[i + 1] ?? 0;
  const p = index.producerOf[i] ?? 0;
  let worst = 0;
  for (const g of text.grades) {
    let best = bestIn(g, index.nameWords, from, to, GRADE_NONE);
    if (withProducer) {
      best = bestIn(
        g,
        index.producerWords,
        index.producerStart[p] ?? 0,
        index.producerStart[p + 1] ?? 0,
        best,
      );
    }
    if (best > worst) worst = best;
    if (worst === GRADE_NONE) break;
  }
  return worst;
}

/** Rank 0–4 of card i for the text query, or -1 when it does not match. */
function rankOf(index: CatalogueIndex, i: number, text: TextQuery): number {
  const name = index.folded[i] ?? '';
  if (name.startsWith(text.phrase)) return 0;
  if (name.includes(` ${text.phrase}`)) return 1;
  if (worstBest(index, text, i, false) <= GRADE_PREFIX) return 1;
  if (name.includes(text.phrase)) return 2;
  if ((index.producerFolded[index.producerOf[i] ?? 0] ?? '').includes(text.phrase)) return 3;
  const both = worstBest(index, text, i, true);
  if (both <= GRADE_PREFIX) return 3;
  return both <= GRADE_FUZZY ? 4 : -1;
}

function passesFilters(card: CatalogueCard, f: CatalogueFilter): boolean {
  if (f.provinceCode && card.provinceCode !== f.provinceCode) return false;
  if (f.communeCode && card.communeCode !== f.communeCode) return false;
  if (f.stars?.length && !f.stars.includes(card.stars)) return false;
  if (f.productSetIds && (card.productSetId === null || !f.productSetIds.includes(card.productSetId)))
    return false;
  if (f.producerType && card.producer.type !== f.producerType) return false;
  if (f.producerId && card.producer.id !== f.producerId) return false;
  return true;
}

/** Matching card indices, best rank first, Vietnamese order within a rank. */
export function matchCatalogue(index: CatalogueIndex, filter: CatalogueFilter, today: string): number[] {
  const codes = statusCodesOn(index, today);
  const allowed = statusMask(filter.statuses);
  const text = textQuery(index, filter.q);
  const buckets: number[][] = Array.from({ length: RANKS }, () => []);
  for (let i = 0; i < index.cards.length; i++) {
    if (!allowed[codes[i] ?? 0]) continue;
    const card = index.cards[i];
    if (!card || !passesFilters(card, filter)) continue;
    const rank = text ? rankOf(index, i, text) : 0;
    if (rank >= 0) buckets[rank]?.push(i);
  }
  return buckets.flat();
}

export function searchCatalogue(
  index: CatalogueIndex,
  filter: CatalogueFilter,
  today: string,
  page: Readonly<{ offset: number; limit: number }>,
): CataloguePage {
  const matches = matchCatalogue(index, filter, today);
  const codes = statusCodesOn(index, today);
  const hits = matches.slice(page.offset, page.offset + page.limit).flatMap((i) => {
    const card = index.cards[i];
    return card ? [{ card, status: statusOfCode(codes[i] ?? 0) }] : [];
  });
  return { total: matches.length, hits };
}
