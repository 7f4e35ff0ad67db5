// GS1 Digital Link URIs for a serialised consumer unit: /01/{GTIN}/21/{serial} (GS1 Digital Link standard
// 1.2, §4: AI 01 = GTIN, AI 21 = serial number). The registry stores GTIN-13; a Digital Link carries the
// GTIN-14 form ("0" + GTIN-13), but GTIN-13 is accepted too. A GTIN-14 with indicator 1–9 names a case or
// carton, never a stamped consumer unit. Our serials are the stamp's integer serial within the product.
//
// Unlike /v/{code}, these paths are guessable (serials are sequential): they tell which product and stamp a
// serial belongs to, and the page says the authenticity proof is the code on the stamp.
import { gs1CheckDigit } from '../registry/gtin.ts';

export type Gs1StampKey = Readonly<{ gtin13: string; serial: number }>;

const MAX_SERIAL = 2_147_483_647;

function gtin13Of(digits: string): string | null {
  if (!/^\d+$/.test(digits)) return null;
  const gtin = digits.length === 14 && digits.startsWith('0') ? digits.slice(1) : digits;
  if (gtin.length !== 13) return null;
  return gs1CheckDigit(gtin.slice(0, 12)) === Number(gtin[12]) ? gtin : null;
}

/** The product (by GTIN-13) and serial a Digital Link names; null when malformed (no database needed). */
export function parseGs1StampKey(gtin: string, serial: string): Gs1StampKey | null {
  const gtin13 = gtin13Of(gtin);
  if (gtin13 === null || !/^\d{1,10}$/.test(serial)) return null;
  const value = Number(serial);
  if (value < 1 || value > MAX_SERIAL) return null;
  return { gtin13, serial: value };
}

/** `${base}/01/0{gtin13}/21/{serial}`: the canonical (GTIN-14) Digital Link of a stamp. */
export function gs1DigitalLink(publicBaseUrl: string, gtin13: string, serial: number): string {
  return `${publicBaseUrl}/01/0${gtin13}/21/${serial}`;
}

/** "(01) 08934567890128 (21) 42": the human-readable element string printed under a GS1 symbol. */
export function gs1ElementString(gtin13: string, serial: number): string {
  return `(01) 0${gtin13} (21) ${serial}`;
}
