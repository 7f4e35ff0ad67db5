// The in-memory catalogue: cards in Vietnamese order, and inverted lists from each word of one shared
// vocabulary (product and producer names, folded) to the cards and producers using it. A search grades the
// vocabulary once per typed word and then only walks the lists of the words that match, so its cost grows
// with the matches, not with the catalogue. Built from a database snapshot; never changed afterwards.
import { foldName } from '../admin-units/normalize-name.ts';
import { CERTIFICATE_STATUSES, type CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import { type CatalogueCard, type CatalogueProducer, cardStatus } from './catalogue-card.ts';

/** Lists of numbers, flat: list k is items[start[k] … start[k + 1]). */
export type Lists = Readonly<{ items: Int32Array; start: Int32Array }>;

export type CatalogueIndex = Readonly<{
  /** Vietnamese order (sort key, then id). */
  cards: readonly CatalogueCard[];
  /** Folded product names, by card. */
  folded: readonly string[];
  vocabulary: readonly string[];
  /** Word id → cards whose product name has the word. */
  nameCards: Lists;
  /** Word id → producers whose name has the word. */
  wordProducers: Lists;
  /** Producer index → its cards. */
  producerCards: Lists;
  /** Province number (codes.province) → its cards. */
  provinceCards: Lists;
  producers: readonly CatalogueProducer[];
  /** Per card, as small numbers (fast filters): see `codes` for what the numbers stand for. */
  columns: Readonly<{
    province: Uint16Array;
    commune: Uint16Array;
    stars: Uint8Array;
    /** Product set id, 0 when unclassified. */
    productSet: Uint8Array;
    producer: Int32Array;
    producerType: Uint8Array;
  }>;
  /** Code → number of the columns above. */
  codes: Readonly<{
    province: ReadonlyMap<string, number>;
    commune: ReadonlyMap<string, number>;
    communeCodes: readonly string[];
    producerType: ReadonlyMap<string, number>;
    producer: ReadonlyMap<string, number>;
  }>;
  /** Status codes (index into CERTIFICATE_STATUSES) on one day, computed on first use that day. */
  statusMemo: { day: string; codes: Uint8Array };
}>;

/**
 * foldName with a memo per whitespace-separated token (names share most of their words). Equal to foldName:
 * whitespace always separates words, and each word is folded on its own.
 */
export function cachedFold(): (name: string) => string {
  const tokens = new Map<string, string>();
  return (name) => {
    const out: string[] = [];
    for (const token of name.split(/\s+/)) {
      if (token === '') continue;
      let folded = tokens.get(token);
      if (folded === undefined) {
        folded = foldName(token);
        tokens.set(token, folded);
      }
      if (folded !== '') out.push(folded);
    }
    return out.join(' ');
  };
}

const compareCards = (a: CatalogueCard, b: CatalogueCard): number =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Inverts owner → keys into key → owners (owners ascending, each once per key). */
function invert(keysOf: readonly (readonly number[])[], keyCount: number): Lists {
  const counts = new Int32Array(keyCount + 1);
  keysOf.forEach((keys) => {
    for (const k of new Set(keys)) counts[k + 1] = (counts[k + 1] ?? 0) + 1;
  });
  for (let k = 0; k < keyCount; k++) counts[k + 1] = (counts[k + 1] ?? 0) + (counts[k] ?? 0);
  const start = counts.slice();
  const fill = counts.slice();
  const items = new Int32Array(start[keyCount] ?? 0);
  keysOf.forEach((keys, owner) => {
    for (const k of new Set(keys)) {
      const at = fill[k] ?? 0;
      items[at] = owner;
      fill[k] = at + 1;
    }
  });
  return { items, start };
}

export function buildCatalogueIndex(unsorted: readonly CatalogueCard[]): CatalogueIndex {
  const cards = [...unsorted].sort(compareCards);
  const words: string[] = [];
  const ids = new Map<string, number>();
  const idsOf = (folded: string) =>
    folded === ''
      ? []
      : folded.split(' ').map((w) => {
          let id = ids.get(w);
          if (id === undefined) {
            id = words.length;
            words.push(w);
            ids.set(w, id);
          }
          return id;
        });
  const fold = cachedFold();
  const folded = cards.map((c) => fold(c.name));
  const nameWords = folded.map(idsOf);
  const producerIndex = new Map<string, number>();
  const producers: CatalogueProducer[] = [];
  const producerOf = cards.map((card) => {
    let p = producerIndex.get(card.producer.id);
    if (p === undefined) {
      p = producers.length;
      producers.push(card.producer);
      producerIndex.set(card.producer.id, p);
    }
    return p;
  });
  const producerWords = producers.map((p) => idsOf(fold(p.name)));
  const numbering = () => {
    const map = new Map<string, number>();
    const codes: string[] = [];
    const of = (code: string) => {
      let n = map.get(code);
      if (n === undefined) {
        n = codes.length;
        codes.push(code);
        map.set(code, n);
      }
      return n;
    };
    return { map, codes, of };
  };
  const province = numbering();
  const commune = numbering();
  const producerType = numbering();
  const provinceOf = cards.map((c) => province.of(c.provinceCode));
  return {
    cards,
    folded,
    vocabulary: words,
    nameCards: invert(nameWords, words.length),
    wordProducers: invert(producerWords, words.length),
    producerCards: invert(
      producerOf.map((p) => [p]),
      producers.length,
    ),
    provinceCards: invert(
      provinceOf.map((p) => [p]),
      province.codes.length,
    ),
    producers,
    columns: {
      province: Uint16Array.from(provinceOf),
      commune: Uint16Array.from(cards, (c) => commune.of(c.communeCode)),
      stars: Uint8Array.from(cards, (c) => c.stars),
      productSet: Uint8Array.from(cards, (c) => c.productSetId ?? 0),
      producer: Int32Array.from(producerOf),
      producerType: Uint8Array.from(cards, (c) => producerType.of(c.producer.type)),
    },
    codes: {
      province: province.map,
      commune: commune.map,
      communeCodes: commune.codes,
      producerType: producerType.map,
      producer: producerIndex,
    },
    statusMemo: { day: '', codes: new Uint8Array(0) },
  };
}

const STATUS_INDEX = new Map(CERTIFICATE_STATUSES.map((s, i) => [s, i]));

/** Status codes of every card on `today` (memoised per day: the status flips at midnight, not at a reload). */
export function statusCodesOn(index: CatalogueIndex, today: string): Uint8Array {
  const memo = index.statusMemo;
  if (memo.day !== today || memo.codes.length !== index.cards.length) {
    const codes = new Uint8Array(index.cards.length);
    // Certificates issued by one decision share their dates: compute each distinct set of dates once.
    const byDates = new Map<string, number>();
    index.cards.forEach((card, i) => {
      const key = `${card.validFrom}|${card.validTo}|${card.revokedOn}|${card.revocationGround}|${card.reEvaluationSince}`;
      let code = byDates.get(key);
      if (code === undefined) {
        code = STATUS_INDEX.get(cardStatus(card, today)) ?? 0;
        byDates.set(key, code);
      }
      codes[i] = code;
    });
    memo.codes = codes;
    memo.day = today;
  }
  return memo.codes;
}

export const statusOfCode = (code: number): CertificateStatusCode => CERTIFICATE_STATUSES[code] ?? 'none';

/** Status-code mask: allowed[code] = 1 for the wanted statuses. */
export function statusMask(statuses: readonly CertificateStatusCode[]): Uint8Array {
  const mask = new Uint8Array(CERTIFICATE_STATUSES.length);
  for (const s of statuses) mask[STATUS_INDEX.get(s) ?? 0] = 1;
  return mask;
}
