// Text in composed form (NFC). Decomposed input (e + U+0302 + U+0301 for "ế") would be drawn as a base letter
// with stacked combining marks, and would not match a search or a test for the composed string.

/** A deep copy of plain data with every string in NFC; functions and other non-plain values pass through. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeText) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([k, v]) => [k, normalizeText(v)]);
    return Object.fromEntries(entries) as T;
  }
  return value;
}
