// The in-memory catalogue: cards in Vietnamese order with their names broken into word ids of one shared
// vocabulary (product and producer names), so a search grades the vocabulary once and then only looks
// numbers up. Built from a database snapshot; never changed after it is built (a new snapshot replaces it).
import { foldName } from '../admin-units/normalize-name.ts';
import { CERTIFICATE_STATUSES, type CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import { type CatalogueCard, type CatalogueProducer, cardStatus } from './catalogue-card.ts';

export type CatalogueIndex = Readonly<{
  /** Vietnamese order (sort key, then id). */
  cards: readonly CatalogueCard[];
  /** Folded product names, by card. */
  folded: readonly string[];
  vocabulary: readonly string[];
  /** Word ids of card i's name: nameWords[nameStart[i] … nameStart[i + 1]). */
  nameWords: Int32Array;
  nameStart: Int32Array;
  producers: readonly CatalogueProducer[];
  producerFolded: readonly string[];
  /** Producer index of each card. */
  producerOf: Int32Array;
  producerWords: Int32Array;
  producerStart: Int32Array;
  /** Status codes (index into CERTIFICATE_STATUSES) on one day, computed on first use that day. */
  statusMemo: { day: string; codes: Uint8Array };
}>;

const compareCards = (a: CatalogueCard, b: CatalogueCard): number =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  idsOf(folded: string): number[] {
    return folded === '' ? [] : folded.split(' ').map((w) => this.idOf(w));
  }
  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }
}

function flatten(lists: readonly number[][]): { words: Int32Array; start: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    start[i + 1] = (start[i] ?? 0) + list.length;
  });
  const words = new Int32Array(start[lists.length] ?? 0);
  lists.forEach((list, i) => {
    words.set(list, start[i] ?? 0);
  });
  return { words, start };
}

export function buildCatalogueIndex(unsorted: readonly CatalogueCard[]): CatalogueIndex {
  const cards = [...unsorted].sort(compareCards);
  const vocabulary = new Vocabulary();
  const folded = cards.map((c) => foldName(c.name));
  const names = flatten(folded.map((f) => vocabulary.idsOf(f)));
  const producerIds = new Map<string, number>();
  const producers: CatalogueProducer[] = [];
  const producerOf = new Int32Array(cards.length);
  cards.forEach((card, i) => {
    let p = producerIds.get(card.producer.id);
    if (p === undefined) {
      p = producers.length;
      producers.push(card.producer);
      producerIds.set(card.producer.id, p);
    }
    producerOf[i] = p;
  });
  const producerFolded = producers.map((p) => foldName(p.name));
  const producerNames = flatten(producerFolded.map((f) => vocabulary.idsOf(f)));
  return {
    cards,
    folded,
    vocabulary: vocabulary.words,
    nameWords: names.words,
    nameStart: names.start,
    producers,
    producerFolded,
    producerOf,
    producerWords: producerNames.words,
    producerStart: producerNames.start,
    statusMemo: { day: '', codes: new Uint8Array(0) },
  };
}

const STATUS_INDEX = new Map(CERTIFICATE_STATUSES.map((s, i) => [s, i]));

/** Status codes of every card on `today` (memoised per day: the status flips at midnight, not at a reload). */
export function statusCodesOn(index: CatalogueIndex, today: string): Uint8Array {
  const memo = index.statusMemo;
  if (memo.day !== today || memo.codes.length !== index.cards.length) {
    const codes = new Uint8Array(index.cards.length);
    index.cards.forEach((card, i) => {
      codes[i] = STATUS_INDEX.get(cardStatus(card, today)) ?? 0;
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
