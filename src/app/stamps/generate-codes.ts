import { randomBytes } from 'node:crypto';
import { newStampCode } from '../../domain/stamps/stamp-code.ts';

/** `count` distinct new codes from one cryptographic read (8 bytes a code). */
export function generateStampCodes(count: number): string[] {
  const pool = randomBytes(count * 8);
  const codes = new Set<string>();
  let offset = 0;
  while (codes.size < count) {
    if (offset + 8 > pool.length) {
      // A duplicate inside the batch (about 1 in 10¹¹ batches of 50,000): top up from a fresh read.
      codes.add(newStampCode(randomBytes));
      continue;
    }
    const at = offset;
    codes.add(newStampCode(() => pool.subarray(at, at + 8)));
    offset += 8;
  }
  return [...codes];
}
