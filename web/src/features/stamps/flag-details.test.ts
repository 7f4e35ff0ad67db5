import { describe, expect, it } from 'vitest';
import { canonicalCode, flagCounts } from './flag-details';

describe('flagCounts', () => {
  it('reads the counts the copy detector stores', () => {
    expect(
      flagCounts({
        from: '2026-03-04T01:00:00.000Z',
        to: '2026-03-05T01:00:00.000Z',
        scans: 41,
        clients: 27,
        provinces: ['01', '08'],
        limit: 20,
      }),
    ).toEqual({
      scans: 41,
      clients: 27,
      provinces: ['01', '08'],
      limit: 20,
      from: '2026-03-04T01:00:00.000Z',
      to: '2026-03-05T01:00:00.000Z',
    });
  });

  it('ignores what it does not recognise', () => {
    expect(flagCounts({ scans: '41', provinces: ['01', 8], limit: Number.NaN })).toEqual({
      scans: null,
      clients: null,
      provinces: ['01'],
      limit: null,
      from: null,
      to: null,
    });
  });
});

describe('canonicalCode', () => {
  it('reads a code as printed or typed', () => {
    expect(canonicalCode('xr0v-dsh4-0cq7-d')).toBe('XR0VDSH40CQ7D');
    expect(canonicalCode(' XROV DSH4 OCQ7 D ')).toBe('XR0VDSH40CQ7D');
    expect(canonicalCode('1L1I')).toBe('1111');
  });
});
