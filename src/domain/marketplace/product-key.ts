import { parseGtin13 } from '../registry/gtin.ts';
import { parseProductCode } from '../registry/product-code.ts';

/** How a caller names a product in the public status API: its id, its GS1 GTIN or its OCOP product code. */
export type ProductKey =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'gtin'; readonly gtin: string }
  | { readonly kind: 'ocop_code'; readonly code: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads `{code}`: a UUID is a product id; dashed digits an OCOP code ("08-02245-007-2026", normalised); 12–14
 * digits a GTIN (a GTIN-14 with a leading 0, as in a GS1 Digital Link, and a 12-digit UPC are brought to the
 * GTIN-13 the registry stores). Null when it can be none of them.
 */
export function parseProductKey(text: string): ProductKey | null {
  const trimmed = text.trim();
  if (UUID.test(trimmed)) return { kind: 'id', id: trimmed.toLowerCase() };
  // An OCOP code is digits and dashes too ("08-02245-007-2026"): a dash decides before the digit count does.
  if (/[-\u2010-\u2015\u2212]/.test(trimmed)) {
    const code = parseProductCode(trimmed);
    return code.ok ? { kind: 'ocop_code', code: code.value.code } : null;
  }
  const digits = trimmed.replace(/\s/g, '');
  if (!/^\d{12,14}$/.test(digits)) return null;
  const gtin13 = digits.length === 14 ? digits.replace(/^0/, '') : digits.padStart(13, '0');
  const parsed = parseGtin13(gtin13);
  return parsed.ok ? { kind: 'gtin', gtin: parsed.value.gtin } : null;
}
