import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '../registry/gtin.ts';
import { gs1DigitalLink, gs1ElementString, parseGs1StampKey } from './gs1-digital-link.ts';

const body = '893456789012';
const gtin13 = `${body}${gs1CheckDigit(body)}`;

describe('GS1 Digital Link of a stamp', () => {
  it('reads the GTIN-14 and the GTIN-13 form with the serial', () => {
    expect(parseGs1StampKey(`0${gtin13}`, '42')).toEqual({ gtin13, serial: 42 });
    expect(parseGs1StampKey(gtin13, '1')).toEqual({ gtin13, serial: 1 });
  });

  it('refuses bad check digits, cartons, other lengths and bad serials', () => {
    const wrongCheck = `${body}${(gs1CheckDigit(body) + 1) % 10}`;
    const cases: [string, string][] = [
      [wrongCheck, '1'],
      [`1${gtin13}`, '1'], // indicator 1: a case of consumer units
      [gtin13.slice(1), '1'],
      ['abc', '1'],
      [gtin13, '0'],
      [gtin13, '-1'],
      [gtin13, 'A1'],
      [gtin13, '99999999999'],
      [gtin13, '3000000000'],
    ];
    for (const [gtin, serial] of cases)
      expect(parseGs1StampKey(gtin, serial), `${gtin}/${serial}`).toBeNull();
  });

  it('builds the canonical link and the element string', () => {
    expect(gs1DigitalLink('https://ocop.gov.vn', gtin13, 7)).toBe(`https://ocop.gov.vn/01/0${gtin13}/21/7`);
    expect(gs1ElementString(gtin13, 7)).toBe(`(01) 0${gtin13} (21) 7`);
  });
});
