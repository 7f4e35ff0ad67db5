import { describe, expect, it } from 'vitest';
import { serialText, sheetRanges } from './sheet-ranges';

describe('sheetRanges', () => {
  it('cuts a batch into ranges of at most 240 stamps', () => {
    expect(sheetRanges({ serialFrom: 1, serialTo: 500 })).toEqual([
      { from: 1, to: 240 },
      { from: 241, to: 480 },
      { from: 481, to: 500 },
    ]);
  });

  it('starts from the batch’s first serial (serials continue across batches)', () => {
    expect(sheetRanges({ serialFrom: 31, serialTo: 60 })).toEqual([{ from: 31, to: 60 }]);
    expect(sheetRanges({ serialFrom: 241, serialTo: 480 })).toEqual([{ from: 241, to: 480 }]);
  });

  it('keeps one-stamp batches and exact multiples whole', () => {
    expect(sheetRanges({ serialFrom: 7, serialTo: 7 })).toEqual([{ from: 7, to: 7 }]);
    expect(sheetRanges({ serialFrom: 1, serialTo: 480 })).toHaveLength(2);
    expect(sheetRanges({ serialFrom: 1, serialTo: 50_000 })).toHaveLength(209);
  });
});

describe('serialText', () => {
  it('pads to seven digits as the stamp prints it', () => {
    expect(serialText(1)).toBe('0000001');
    expect(serialText(1234567)).toBe('1234567');
  });
});
