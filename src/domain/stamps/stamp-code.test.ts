import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatStampCode,
  newStampCode,
  parseStampCode,
  STAMP_ALPHABET,
  STAMP_CODE_LENGTH,
  stampCheckCharacter,
} from './stamp-code.ts';

const codes = Array.from({ length: 300 }, () => newStampCode(randomBytes));

describe('stamp codes', () => {
  it('are 13 Crockford characters whose last one checks the other 12', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/);
      expect(code.at(-1)).toBe(stampCheckCharacter(code.slice(0, -1)));
      expect(parseStampCode(code)).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use 60 random bits: every alphabet character appears in every position', () => {
    const many = Array.from({ length: 4000 }, () => newStampCode(randomBytes));
    for (let position = 0; position < 12; position++) {
      const seen = new Set(many.map((c) => c[position]));
      expect(seen.size, `position ${position}`).toBe(32);
    }
  });

  it('are deterministic in the random bytes (all-zero bytes give the zero code)', () => {
    expect(newStampCode((n) => new Uint8Array(n))).toBe('0000000000000');
    expect(newStampCode((n) => new Uint8Array(n).fill(255))).toBe(
      `ZZZZZZZZZZZZ${stampCheckCharacter('Z'.repeat(12))}`,
    );
  });

  it('detect every single-character substitution', () => {
    for (const code of codes.slice(0, 100)) {
      for (let i = 0; i < STAMP_CODE_LENGTH; i++) {
        for (const c of STAMP_ALPHABET) {
          if (c === code[i]) continue;
          const wrong = code.slice(0, i) + c + code.slice(i + 1);
          expect(parseStampCode(wrong), `${code} → ${wrong}`).toBeNull();
        }
      }
    }
  });

  it('detect every transposition of two different adjacent characters (the check character included)', () => {
    for (const code of codes) {
      for (let i = 0; i < STAMP_CODE_LENGTH - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseStampCode(swapped), `${code} → ${swapped}`).toBeNull();
      }
    }
  });

  it('detect every jump transposition and twin error on a sample', () => {
    for (const code of codes.slice(0, 50)) {
      for (let i = 0; i < STAMP_CODE_LENGTH - 2; i++) {
        if (code[i] !== code[i + 2]) {
          const jumped = code.slice(0, i) + code[i + 2] + code[i + 1] + code[i] + code.slice(i + 3);
          expect(parseStampCode(jumped)).toBeNull();
        }
      }
    }
  });

  it('read case-insensitively, ignore hyphens and spaces, and take O for 0, I and L for 1', () => {
    const body = '0I1L0O0I1L0O'; // aliases in the body
    const canonical = `011100011100${stampCheckCharacter('011100011100')}`;
    const typed = `${body}${canonical.at(-1)}`;
    expect(parseStampCode(typed)).toBe(canonical);
    expect(parseStampCode(typed.toLowerCase())).toBe(canonical);
    const code = codes[0] ?? '';
    expect(parseStampCode(` ${formatStampCode(code).toLowerCase()} `)).toBe(code);
    expect(formatStampCode(code)).toMatch(/^.{4}-.{4}-.{4}-.$/);
  });

  it('refuse malformed input', () => {
    const code = codes[1] ?? '';
    const cases = [
      '',
      'abc',
      code.slice(0, 12),
      `${code}0`,
      `${code.slice(0, 12)}U`,
      `${code.slice(0, 12)}*`,
    ];
    for (const text of [...cases, 'x'.repeat(1000), '../../etc/passwd', '<script>']) {
      expect(parseStampCode(text), text).toBeNull();
    }
  });
});
