// Guesses the Decision 26/2026 product set (1–26) of an imported product from its name and, when the sheet
// has one, its "Nhóm sản phẩm" text (a set, group or sector name of Decision 26/2026, 148/2023 or 490/2018).
//
// 1. The earliest keyword of the name picks a family (product-set-rules.ts); the family reads the rest of the
//    name to choose the set (product-set-resolvers.ts).
// 2. The group text narrows the candidates: a group with a single set decides; otherwise a keyword guess
//    outside the group is replaced by the first later keyword that fits, or by the group's catch-all set.
// 'high' only when one rule clearly applies: its keyword starts the name (after fillers such as "Trái",
// "Bột", "Nhóm sản phẩm"), the family is sure of the set, and the group text (if any) agrees.

import { foldName, hasDiacritics, toneKey } from '../admin-units/normalize-name.ts';
import { PRODUCT_SET_NAMES, setsOfGroupText } from './product-set-names.ts';
import { type Has, RESOLVERS, type Resolution } from './product-set-resolvers.ts';
import {
  type Family,
  FILLER_KEYS,
  KEYWORD_RULES,
  TEA_PLACE_NEXT,
  WEAK_FAMILIES,
} from './product-set-rules.ts';

export interface ProductSetGuess {
  readonly productSetId: number | null;
  readonly confidence: 'high' | 'low';
  /** Vietnamese explanation for the reviewer. */
  readonly reason: string;
}

interface Key {
  readonly spec: string;
  readonly folded: readonly string[];
  /** Tone-key words when the key must match with its accents. */
  readonly tone: readonly string[] | null;
}

interface NameWords {
  /** The words as written (for messages); the folded words when the two do not align. */
  readonly written: readonly string[];
  readonly folded: readonly string[];
  readonly tone: readonly string[];
  readonly accented: boolean;
}

interface Hit {
  readonly family: Family;
  readonly key: Key;
  readonly at: number;
}

const keyCache = new Map<string, Key>();

function compileKey(spec: string): Key {
  const known = keyCache.get(spec);
  if (known !== undefined) return known;
  const exact = spec.startsWith('=');
  const text = exact ? spec.slice(1) : spec;
  const key = {
    spec,
    folded: foldName(text).split(' '),
    tone: exact ? toneKey(text).split(' ') : null,
  };
  keyCache.set(spec, key);
  return key;
}

const keyListCache = new Map<string, Key[]>();

function splitKeys(keys: string): Key[] {
  let list = keyListCache.get(keys);
  if (list === undefined) {
    list = keys.split('|').map(compileKey);
    keyListCache.set(keys, list);
  }
  return list;
}

/** Keys by their first folded word, in rule order. */
const RULES_BY_WORD = new Map<string, { family: Family; key: Key }[]>();
for (const rule of KEYWORD_RULES) {
  for (const key of splitKeys(rule.keys)) {
    const first = key.folded[0] ?? '';
    const list = RULES_BY_WORD.get(first) ?? [];
    list.push({ family: rule.family, key });
    RULES_BY_WORD.set(first, list);
  }
}
const FILLERS = splitKeys(FILLER_KEYS);

function matchesAt(name: NameWords, key: Key, at: number): boolean {
  const useTone = key.tone !== null && name.accented;
  const words = useTone ? name.tone : name.folded;
  const expected = useTone ? (key.tone ?? []) : key.folded;
  return expected.every((w, k) => words[at + k] === w);
}

function nameWords(productName: string): NameWords {
  const folded = foldName(productName);
  const words = folded === '' ? [] : folded.split(' ');
  const tone = toneKey(productName).split(' ');
  const aligned = tone.length === words.length;
  const written = productName
    .normalize('NFC')
    .split(/[\p{P}\p{S}\p{Z}\s]+/u)
    .filter((w) => w !== '');
  return {
    written: written.length === words.length ? written : words,
    folded: words,
    tone: aligned ? tone : words,
    accented: aligned && hasDiacritics(productName),
  };
}

/** The best hit starting at each position: longest key first, then rule order. */
function findHits(name: NameWords): Hit[] {
  const hits: Hit[] = [];
  // A hit covers its words: "nghệ" inside "thủ công mỹ nghệ" is not turmeric.
  for (let at = 0; at < name.folded.length; at++) {
    let best: Hit | null = null;
    for (const { family, key } of RULES_BY_WORD.get(name.folded[at] ?? '') ?? []) {
      if (best !== null && key.folded.length <= best.key.folded.length) continue;
      if (!matchesAt(name, key, at)) continue;
      if (family === 'tea' && TEA_PLACE_NEXT.has(name.folded[at + 1] ?? '')) continue;
      best = { family, key, at };
    }
    if (best !== null) {
      hits.push(best);
      at += best.key.folded.length - 1;
    }
  }
  return hits;
}

/** Number of words before `at` that are not fillers ("Trái", "Bột", "Nhóm sản phẩm"…). */
function wordsBefore(name: NameWords, at: number): number {
  let i = 0;
  let counted = 0;
  while (i < at) {
    const filler = FILLERS.find((key) => matchesAt(name, key, i));
    if (filler === undefined) counted += 1;
    i += filler?.folded.length ?? 1;
  }
  return counted;
}

const setLabel = (id: number): string => `bộ ${id} – ${PRODUCT_SET_NAMES[id] ?? ''}`;

/** The words of a hit as written in the name: "Nước mắm", not "nuoc mam". */
const hitText = (name: NameWords, hit: Hit): string =>
  name.written.slice(hit.at, hit.at + hit.key.folded.length).join(' ');

interface Resolved extends Resolution {
  readonly hit: Hit;
}

/** Guesses the product set; see the header of this file. */
export function guessProductSet(productName: string, productGroupText?: string | null): ProductSetGuess {
  const name = nameWords(productName);
  const has: Has = (keys) =>
    splitKeys(keys).some((key) => name.folded.some((_, at) => matchesAt(name, key, at)));
  const resolve = (hit: Hit): Resolved => ({ ...RESOLVERS[hit.family](has, hit.key.spec), hit });
  const hits = findHits(name);
  const strong = hits.filter((h) => !WEAK_FAMILIES.has(h.family));
  const head = strong[0] ?? hits[0];
  const guess = head === undefined ? null : resolve(head);
  const groupSets = productGroupText ? setsOfGroupText(productGroupText) : null;

  if (groupSets !== null && groupSets.length === 1) {
    const id = groupSets[0] ?? 0;
    const agrees = guess === null || guess.set === null || guess.set === id;
    const note = agrees ? '' : `; tên gợi ý bộ ${guess?.set}, cần kiểm tra`;
    return {
      productSetId: id,
      confidence: agrees ? 'high' : 'low',
      reason: `Nhóm sản phẩm "${productGroupText}" ứng với ${setLabel(id)}${note}.`,
    };
  }

  if (guess !== null && guess.set !== null && (groupSets === null || groupSets.includes(guess.set))) {
    const isFirst = wordsBefore(name, guess.hit.at) === 0;
    // An accent-exact key ("=cam") matched in a name typed without accents may be another word ("cám").
    const isAccentSure = guess.hit.key.tone === null || name.accented;
    const isHigh = guess.sure && isFirst && isAccentSure && !WEAK_FAMILIES.has(guess.hit.family);
    const doubt = isHigh
      ? ''
      : isFirst
        ? ' (chưa chắc chắn)'
        : ' (từ khóa không đứng đầu tên, chưa chắc chắn)';
    return {
      productSetId: guess.set,
      confidence: isHigh ? 'high' : 'low',
      reason: `Tên có "${hitText(name, guess.hit)}": ${setLabel(guess.set)}${doubt}.`,
    };
  }

  if (groupSets !== null) return narrowToGroup(name, hits.map(resolve), groupSets, productGroupText ?? '');
  if (guess !== null) {
    return {
      productSetId: null,
      confidence: 'low',
      reason: `Tên có "${hitText(name, guess.hit)}" nhưng chưa xếp được bộ.`,
    };
  }
  return {
    productSetId: null,
    confidence: 'low',
    reason: 'Không nhận ra loại sản phẩm từ tên; hãy chọn bộ sản phẩm.',
  };
}

/** Catch-all set of a sector when the name gives nothing inside it. */
const SECTOR_CATCH_ALL: readonly (readonly [readonly number[], number])[] = [
  [[18, 19, 20], 20],
  [[21, 22], 21],
];

function narrowToGroup(
  name: NameWords,
  resolved: readonly Resolved[],
  groupSets: readonly number[],
  groupText: string,
): ProductSetGuess {
  const fit = resolved.find((r) => r.set !== null && groupSets.includes(r.set));
  if (fit?.set != null) {
    return {
      productSetId: fit.set,
      confidence: 'low',
      reason: `Nhóm sản phẩm "${groupText}" và từ "${hitText(name, fit.hit)}" trong tên: ${setLabel(fit.set)} (chưa chắc chắn).`,
    };
  }
  const catchAll = SECTOR_CATCH_ALL.find(
    ([sets]) => sets.length === groupSets.length && sets.every((s) => groupSets.includes(s)),
  );
  if (catchAll !== undefined) {
    return {
      productSetId: catchAll[1],
      confidence: 'low',
      reason: `Nhóm sản phẩm "${groupText}"; tên không rõ loại, tạm xếp ${setLabel(catchAll[1])}.`,
    };
  }
  return {
    productSetId: null,
    confidence: 'low',
    reason: `Nhóm sản phẩm "${groupText}" gồm các bộ ${groupSets.join(', ')}; tên không đủ để chọn.`,
  };
}
