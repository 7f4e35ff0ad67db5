import { describe, expect, it } from 'vitest';
import { type CodeScanSummary, copyFlagsFor } from './copy-detection.ts';

const window = { from: '2026-11-21T03:00:00.000Z', to: '2026-11-22T03:00:00.000Z' };
const summary = (overrides: Partial<CodeScanSummary>): CodeScanSummary => ({
  code: 'AAAABBBBCCCCD',
  productId: 'p1',
  provinceOfProduct: '08',
  scans: 3,
  clients: 2,
  provinces: [],
  ...overrides,
});

describe('copied-stamp rules', () => {
  it.each([
    ['a few clients in one province', { clients: 3, provinces: ['08'] }, []],
    ['exactly the client limit', { clients: 20, scans: 40 }, []],
    ['one client more than the limit', { clients: 21, scans: 21 }, ['many_scans']],
    ['two provinces', { clients: 2, provinces: ['01', '08'] }, ['many_provinces']],
    ['both signals', { clients: 50, provinces: ['01', '08', '79'] }, ['many_scans', 'many_provinces']],
  ] as const)('%s', (_name, overrides, reasons) => {
    const flags = copyFlagsFor([summary(overrides)], window);
    expect(flags.map((f) => f.reason)).toEqual(reasons);
    for (const flag of flags) {
      expect(flag).toMatchObject({ code: 'AAAABBBBCCCCD', productId: 'p1', provinceCode: '08' });
      expect(flag.details).toMatchObject({ ...window, clients: overrides.clients });
    }
  });

  it('takes other limits', () => {
    const flags = copyFlagsFor([summary({ clients: 4 })], window, { maxClients: 3, minProvinces: 5 });
    expect(flags.map((f) => f.reason)).toEqual(['many_scans']);
  });
});
