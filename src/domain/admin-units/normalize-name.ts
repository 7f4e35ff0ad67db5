// Name normalisation for Vietnamese administrative units.
//
// Two keys are used:
// - the folded key (`foldName`): no accents, no tone marks, "đ" → "d", lower case; used to find candidates;
// - the tone key (`toneKey`): lower case, accents kept, but the tone mark of each syllable moved to the end
//   of the syllable, so the old ("Hòa") and new ("Hoà") tone-mark placements compare equal while "Hoa" and
//   "Hòa" stay different; used to prefer exact spellings among folded candidates.
// Both replace punctuation with spaces and drop leading zeros ("Phường 01" ≡ "Phường 1"); words align.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SEPARATOR = /^[\p{P}\p{S}\p{Z}\s]$/u;
// Tone marks as ASCII suffixes: huyền, sắc, ngã, hỏi, nặng.
const TONE_SUFFIX: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0303': '~',
  '\u0309': '?',
  '\u0323': '.',
};

/** How one character contributes to the keys; `null` for a word separator (space, punctuation). */
interface CharKeys {
  /** Folded form: no marks, "đ" → "d", lower case ("ộ" → "o"). */
  fold: string;
  /** Lower case without its tone mark ("ộ" → "ô"). */
  base: string;
  /** The tone mark as an ASCII suffix ("ộ" → "."), or "". */
  tone: string;
}

// Per-character memo (names use few distinct characters; normalize() and regexps are slow).
const charMemo = new Map<string, CharKeys | null>();
const CHAR_MEMO_LIMIT = 4096;

function computeCharKeys(ch: string): CharKeys | null {
  if (SEPARATOR.test(ch)) return null;
  const nfd = ch.toLowerCase().normalize('NFD');
  const tone = (nfd.match(TONE_MARKS) ?? []).map((t) => TONE_SUFFIX[t] ?? '').join('');
  const base = nfd.replace(TONE_MARKS, '').normalize('NFC');
  return { fold: nfd.replace(COMBINING_MARKS, '').replace(/đ/g, 'd'), base, tone };
}

function charKeys(ch: string): CharKeys | null {
  const known = charMemo.get(ch);
  if (known !== undefined) return known;
  const keys = computeCharKeys(ch);
  if (charMemo.size < CHAR_MEMO_LIMIT) charMemo.set(ch, keys);
  return keys;
}

const withoutLeadingZeros = (word: string): string =>
  /^\d+$/.test(word) ? word.replace(/^0+(?=\d)/, '') : word;

/** Keys of one ASCII character (fast path), or undefined when it is not a letter or digit. */
const asciiKeys = (ch: string): string | undefined =>
  /^[a-zA-Z0-9]$/.test(ch) ? ch.toLowerCase() : undefined;

/**
 * Splits into words (separators: spaces, punctuation, symbols) and returns, per word, the folded form or
 * the tone-key form (bases, then tone suffixes).
 */
function keyWords(s: string, kind: 'fold' | 'tone'): string[] {
  const words: string[] = [];
  let word = '';
  let tones = '';
  const flush = () => {
    const w = word + tones;
    if (w !== '') words.push(withoutLeadingZeros(w));
    word = '';
    tones = '';
  };
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 128) {
      const ascii = asciiKeys(ch);
      if (ascii === undefined) flush();
      else word += ascii;
      continue;
    }
    const keys = charKeys(ch);
    if (keys === null) flush();
    else if (kind === 'fold') word += keys.fold;
    else {
      word += keys.base;
      tones += keys.tone;
    }
  }
  flush();
  return words;
}

/** Accent-, tone-, case- and punctuation-insensitive key: "TP. Hồ Chí Minh" → "tp ho chi minh". */
export function foldName(s: string): string {
  return keyWords(s, 'fold').join(' ');
}

/** Case-insensitive key that keeps accents but ignores where the tone mark sits: "Hoà" ≡ "hòa" ≢ "Hoa". */
export function toneKey(s: string): string {
  return keyWords(s, 'tone').join(' ');
}

/** True when the text carries any Vietnamese diacritic (accent, tone mark or "đ"). */
export function hasDiacritics(s: string): boolean {
  return /[\u0300-\u036f]|[đĐ]/.test(s.normalize('NFD'));
}

interface UnitPrefix {
  readonly words: readonly string[];
  /** Canonical folded unit type, e.g. "thi tran". */
  readonly type: string;
}

// [spelling, canonical type]; one-letter abbreviations ("P. 1", "Q. Ba Đình") are only stripped when
// more text follows, like every other prefix.
const PREFIX_SPELLINGS: readonly (readonly [string, string])[] = [
  ['tỉnh', 'tinh'],
  ['thành phố', 'thanh pho'],
  ['tp', 'thanh pho'],
  ['huyện', 'huyen'],
  ['h', 'huyen'],
  ['quận', 'quan'],
  ['q', 'quan'],
  ['thị xã', 'thi xa'],
  ['tx', 'thi xa'],
  ['xã', 'xa'],
  ['x', 'xa'],
  ['phường', 'phuong'],
  ['p', 'phuong'],
  ['thị trấn', 'thi tran'],
  ['tt', 'thi tran'],
  ['đặc khu', 'dac khu'],
];

const buildPrefixes = (key: (s: string) => string): readonly UnitPrefix[] =>
  PREFIX_SPELLINGS.map(([spelling, type]) => ({ words: key(spelling).split(' '), type }));

const FOLDED_PREFIXES = buildPrefixes(foldName);
const TONE_PREFIXES = buildPrefixes(toneKey);
const GLUED_NUMBER: Readonly<Record<string, string>> = { p: 'phuong', q: 'quan' };

interface SplitWords {
  type: string | null;
  rest: string;
}

function splitWords(words: readonly string[], prefixes: readonly UnitPrefix[]): SplitWords {
  const glued = /^([pq])(\d+)$/.exec(words[0] ?? '');
  const gluedType = glued?.[1] === undefined ? undefined : GLUED_NUMBER[glued[1]];
  if (glued?.[2] !== undefined && gluedType !== undefined) {
    const digits = glued[2].replace(/^0+(?=\d)/, '');
    return { type: gluedType, rest: [digits, ...words.slice(1)].join(' ') };
  }
  let best: UnitPrefix | undefined;
  for (const prefix of prefixes) {
    const fits = prefix.words.length < words.length && prefix.words.every((w, i) => words[i] === w);
    if (fits && (best === undefined || prefix.words.length > best.words.length)) best = prefix;
  }
  if (best === undefined) return { type: null, rest: words.join(' ') };
  return { type: best.type, rest: words.slice(best.words.length).join(' ') };
}

/**
 * Splits a leading unit type off a folded name: "thi tran cau ke" → { type: "thi tran", rest: "cau ke" },
 * "p1" → { type: "phuong", rest: "1" }. Never leaves an empty rest: "xa" → { type: null, rest: "xa" }.
 */
export function splitUnitPrefix(folded: string): SplitWords {
  return splitWords(folded === '' ? [] : folded.split(' '), FOLDED_PREFIXES);
}

/** Removes a leading unit type from a folded name ("huyen cau ke" → "cau ke"); see splitUnitPrefix. */
export function stripUnitPrefix(folded: string): string {
  return splitUnitPrefix(folded).rest;
}

/** A name query analysed once, matched against many units (see NameMatcher). */
export interface NameQuery {
  /** Folded text, prefix kept. */
  folded: string;
  /** Canonical folded unit type found at the start of the text, or null. */
  type: string | null;
  /** Folded text without the unit type (equals `folded` when there is none). */
  rest: string;
  /** Tone key of the text, prefix kept. */
  tone: string;
  /** Tone key without an accented unit type ("Xã", "Thị trấn", "TP"…); equals `tone` when there is none. */
  toneRest: string;
  /** Whether the text carries diacritics; only then are exact (tone-key) spellings preferred. */
  accented: boolean;
}

/** Analyses a unit name as typed by a user; null when nothing is left after normalisation. */
export function analyzeName(text: string): NameQuery | null {
  const folded = foldName(text);
  if (folded === '') return null;
  const { type, rest } = splitUnitPrefix(folded);
  const tone = toneKey(text);
  const toneRest = splitWords(tone.split(' '), TONE_PREFIXES).rest;
  return { folded, type, rest, tone, toneRest, accented: hasDiacritics(text) };
}
