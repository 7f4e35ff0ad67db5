// Searching and filtering the in-memory catalogue. Text ranks, best first: 0 the name starts with what was
// typed; 1 every typed word starts a word of the name; 2 … or is inside one ("25" in "ST25"); 3 the words
// are found in the name and the producer's name; 4 with typos (edit distance). Within a rank: Vietnamese
// order. Each typed word grades the vocabulary once; only the inverted lists of matching words are walked.
import { foldName } from '../admin-units/normalize-name.ts';
import type { CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import type { CatalogueCard } from './catalogue-card.ts';
import {
  type CatalogueIndex,
  type Lists,
  statusCodesOn,
  statusMask,
  statusOfCode,
} from './catalogue-index.ts';
import { GRADE_FUZZY, GRADE_INFIX, GRADE_NONE, GRADE_PREFIX, gradeVocabulary } from './word-grades.ts';

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

/** Per typed word: the best grade of each card in its name (`inName`) and in name or producer (`inAny`). */
type WordGrades = { inName: Uint8Array; inAny: Uint8Array };

const listOf = (lists: Lists, k: number) =>
  lists.items.subarray(lists.start[k] ?? 0, lists.start[k + 1] ?? 0);

function gradeCards(index: CatalogueIndex, word: string): WordGrades {
  const n = index.cards.length;
  const inName = new Uint8Array(n).fill(GRADE_NONE);
  const inAny = new Uint8Array(n).fill(GRADE_NONE);
  const grades = gradeVocabulary(index.vocabulary, word);
  for (let id = 0; id < grades.length; id++) {
    const grade = grades[id] ?? GRADE_NONE;
    if (grade === GRADE_NONE) continue;
    for (const card of listOf(index.nameCards, id)) {
      if (grade < (inName[card] ?? GRADE_NONE)) inName[card] = grade;
      if (grade < (inAny[card] ?? GRADE_NONE)) inAny[card] = grade;
    }
    for (const producer of listOf(index.wordProducers, id)) {
      for (const card of listOf(index.producerCards, producer)) {
        if (grade < (inAny[card] ?? GRADE_NONE)) inAny[card] = grade;
      }
    }
  }
  return { inName, inAny };
}

/** Rank 0–4 of card i, or -1 when some typed word is not found. */
function rankOf(index: CatalogueIndex, i: number, phrase: string, words: readonly WordGrades[]): number {
  let name = 0;
  let any = 0;
  for (const w of words) {
    name = Math.max(name, w.inName[i] ?? GRADE_NONE);
    any = Math.max(any, w.inAny[i] ?? GRADE_NONE);
    if (any === GRADE_NONE) return -1;
  }
  if (name <= GRADE_PREFIX) return (index.folded[i] ?? '').startsWith(phrase) ? 0 : 1;
  if (name <= GRADE_INFIX) return 2;
  if (any <= GRADE_INFIX) return 3;
  return any <= GRADE_FUZZY ? 4 : -1;
}

/** Bit mask of small numbers (stars 3–5, product sets 1–26); 0 = no condition. */
const maskOf = (values: readonly number[] | undefined) =>
  (values ?? []).reduce((mask, v) => (v >= 0 && v < 31 ? mask | (1 << v) : mask), 0);

/** The filters as one predicate over card numbers; null when nothing can match. */
function compileFilters(index: CatalogueIndex, f: CatalogueFilter): ((i: number) => boolean) | null {
  const number = (map: ReadonlyMap<string, number>, code: string | undefined) =>
    code ? (map.get(code) ?? -2) : -1;
  const province = number(index.codes.province, f.provinceCode);
  const commune = number(index.codes.commune, f.communeCode);
  const type = number(index.codes.producerType, f.producerType);
  const producer = number(index.codes.producer, f.producerId);
  const stars = maskOf(f.stars);
  const sets = maskOf(f.productSetIds);
  if ([province, commune, type, producer].includes(-2) || (f.productSetIds && sets === 0)) return null;
  const c = index.columns;
  return (i) =>
    (province < 0 || c.province[i] === province) &&
    (commune < 0 || c.commune[i] === commune) &&
    (stars === 0 || ((stars >> (c.stars[i] ?? 0)) & 1) === 1) &&
    (sets === 0 || (((sets >> (c.productSet[i] ?? 0)) & 1) === 1 && c.productSet[i] !== 0)) &&
    (type < 0 || c.producerType[i] === type) &&
    (producer < 0 || c.producer[i] === producer);
}

/**
 * Walks the catalogue once and hands every matching card index to `take` with its rank (best 0), in
 * Vietnamese order.
 */
function walkMatches(
  index: CatalogueIndex,
  filter: CatalogueFilter,
  today: string,
  take: (i: number, rank: number) => void,
): void {
  const passes = compileFilters(index, filter);
  if (!passes) return;
  const codes = statusCodesOn(index, today);
  const allowed = statusMask(filter.statuses);
  const phrase = foldName((filter.q ?? '').slice(0, 200));
  const typed = phrase === '' ? [] : [...new Set(phrase.split(' '))].slice(0, MAX_QUERY_WORDS);
  const words = typed.map((w) => gradeCards(index, w));
  // Cheap typed-array tests first: a card none of whose words match the first typed word is skipped at
  // once; a province filter walks only that province's cards.
  const first = words[0]?.inAny;
  const province = filter.provinceCode ? index.codes.province.get(filter.provinceCode) : undefined;
  const order = province === undefined ? null : listOf(index.provinceCards, province);
  const count = order ? order.length : index.cards.length;
  for (let k = 0; k < count; k++) {
    const i = order ? (order[k] ?? 0) : k;
    if (first && first[i] === GRADE_NONE) continue;
    if (!allowed[codes[i] ?? 0] || !passes(i)) continue;
    const rank = words.length > 0 ? rankOf(index, i, phrase, words) : 0;
    if (rank >= 0) take(i, rank);
  }
}

/** Matching card indices by rank (best first), Vietnamese order within a rank. */
export function matchCatalogue(index: CatalogueIndex, filter: CatalogueFilter, today: string): number[][] {
  const buckets: number[][] = Array.from({ length: RANKS }, () => []);
  walkMatches(index, filter, today, (i, rank) => buckets[rank]?.push(i));
  return buckets;
}

export function searchCatalogue(
  index: CatalogueIndex,
  filter: CatalogueFilter,
  today: string,
  page: Readonly<{ offset: number; limit: number }>,
): CataloguePage {
  const codes = statusCodesOn(index, today);
  if (!filter.q?.trim()) {
    // One rank: count everything, keep only the page.
    const hits: CatalogueHit[] = [];
    let total = 0;
    walkMatches(index, filter, today, (i) => {
      if (total >= page.offset && hits.length < page.limit) {
        const card = index.cards[i];
        if (card) hits.push({ card, status: statusOfCode(codes[i] ?? 0) });
      }
      total++;
    });
    return { total, hits };
  }
  const buckets = matchCatalogue(index, filter, today);
  const hits: CatalogueHit[] = [];
  let skip = page.offset;
  let total = 0;
  for (const bucket of buckets) {
    total += bucket.length;
    for (let k = Math.min(skip, bucket.length); k < bucket.length && hits.length < page.limit; k++) {
      const i = bucket[k] ?? 0;
      const card = index.cards[i];
      if (card) hits.push({ card, status: statusOfCode(codes[i] ?? 0) });
    }
    skip = Math.max(0, skip - bucket.length);
  }
  return { total, hits };
}
