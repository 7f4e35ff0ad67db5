// Vietnamese alphabetical order as a plain string that sorts correctly byte by byte (ORDER BY … COLLATE "C"),
// the same on PostgreSQL and on PGlite (which has no ICU collations). Letters first (a ă â b c d đ e ê …),
// then tones as a tie-breaker in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.

const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const DIGITS = '0123456789';
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, DIGITS.length + 2 + i]));

// Rank 1 is the word separator, 2–11 digits, then letters; 0x21 + rank keeps every code printable ASCII.
const code = (rank: number) => String.fromCharCode(0x21 + rank);

export function vietnameseSortKey(text: string): string {
  let primary = '';
  let tones = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const decomposed = char.normalize('NFD');
    const tone = [...decomposed].map((c) => TONES[c] ?? 0).find((t) => t > 0) ?? 0;
    const letter = [...decomposed]
      .filter((c) => TONES[c] === undefined)
      .join('')
      .normalize('NFC');
    if (/[\s\-–—_/]/.test(letter)) {
      if (!primary.endsWith(code(1))) primary += code(1);
      continue;
    }
    const digit = DIGITS.indexOf(letter);
    const rank = digit >= 0 ? 2 + digit : LETTER_RANK.get(letter);
    if (rank === undefined) continue; // punctuation and symbols do not order
    primary += code(rank);
    tones += String(tone);
  }
  return `${primary} ${tones}`;
}
