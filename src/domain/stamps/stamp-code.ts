// Stamp codes: what the QR of an OCOP stamp carries in its short URL /v/{code}.
//
// 12 random Crockford base-32 characters (60 bits from a cryptographic source: guessing a live code among
// millions is hopeless) followed by one check character. The check character is one Reed–Solomon parity
// symbol over GF(32) (field polynomial x⁵ + x² + 1, evaluation at α = x): reading left to right,
// s ← α·s + d for every character of the code including the check, and a valid code ends with s = 0. This is
// the Damm construction with the quasigroup x ∘ y = αx + y, which is totally anti-symmetric because α ≠ 1:
// - any single changed character changes s (each step is a bijection of s and of d);
// - swapping two different adjacent characters x, y changes s by (α + 1)(x + y) ≠ 0 (char 2: − is +);
// - a jump transposition (xzy → yzx) by (α² + 1)(x + y) ≠ 0, a twin error (xx → yy) by (α + 1)(x + y) ≠ 0.
// The tests check the first two exhaustively over random codes.
//
// Reading is forgiving the way Crockford intends: case-insensitive, O → 0, I and L → 1, hyphens and spaces
// ignored. A code that is malformed or fails the check is refused before any database query.

/** Crockford's base 32: digits and letters without I, L, O, U. */
export const STAMP_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const STAMP_RANDOM_LENGTH = 12;
export const STAMP_CODE_LENGTH = STAMP_RANDOM_LENGTH + 1;

const FIELD_POLYNOMIAL = 0b100101; // x⁵ + x² + 1, primitive over GF(2)

const VALUE_OF: ReadonlyMap<string, number> = new Map([
  ...[...STAMP_ALPHABET].map((c, i) => [c, i] as const),
  ['O', 0],
  ['I', 1],
  ['L', 1],
]);

/** α·s in GF(32). */
function timesAlpha(s: number): number {
  const shifted = s << 1;
  return shifted & 0b100000 ? shifted ^ FIELD_POLYNOMIAL : shifted;
}

function syndrome(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s = timesAlpha(s) ^ v;
  return s;
}

/** The check character for the data characters (canonical alphabet only). */
export function stampCheckCharacter(data: string): string {
  const values = [...data].map((c) => STAMP_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) throw new RangeError(`not a canonical stamp code body: ${data}`);
  // The check c must make α·s + c = 0, i.e. c = α·s (addition is xor).
  return STAMP_ALPHABET.charAt(timesAlpha(syndrome(values)));
}

/**
 * A new code from `randomBytes` (a cryptographic source, e.g. node:crypto's randomBytes): 8 bytes give 64
 * bits, of which 60 are used, 5 per character.
 */
export function newStampCode(randomBytes: (size: number) => Uint8Array): string {
  const bytes = randomBytes(8);
  if (bytes.length < 8) throw new RangeError('randomBytes returned too few bytes');
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let body = '';
  for (let i = 0; i < STAMP_RANDOM_LENGTH; i++) {
    body += STAMP_ALPHABET.charAt(Number((bits >> BigInt(5 * i)) & 31n));
  }
  return body + stampCheckCharacter(body);
}

/**
 * The canonical code (upper case, Crockford aliases resolved) when `text` is a well-formed code with a good
 * check character; null otherwise. Never throws, never needs the database.
 */
export function parseStampCode(text: string): string | null {
  if (text.length > 40) return null;
  const cleaned = text.replace(/[\s-]/g, '').toUpperCase();
  if (cleaned.length !== STAMP_CODE_LENGTH) return null;
  const values: number[] = [];
  for (const c of cleaned) {
    const v = VALUE_OF.get(c);
    if (v === undefined) return null;
    values.push(v);
  }
  if (syndrome(values) !== 0) return null;
  return values.map((v) => STAMP_ALPHABET.charAt(v)).join('');
}

/** "7K3M-9QXA-2B4F-T": groups of four for people who type a code in. */
export function formatStampCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
