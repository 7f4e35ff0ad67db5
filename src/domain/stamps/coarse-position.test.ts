import { describe, expect, it } from 'vitest';
import { coarsen, distanceKm, nearestProvince } from './coarse-position.ts';

const centres = [
  { code: '01', name: 'Hà Nội', lat: 21.03, lon: 105.85 },
  { code: '48', name: 'Đà Nẵng', lat: 16.05, lon: 108.22 },
  { code: '79', name: 'Hồ Chí Minh', lat: 10.78, lon: 106.7 },
];

describe('coarse positions and the nearest province', () => {
  it('rounds to two decimals and refuses what is not a position', () => {
    expect(coarsen(21.028511, 105.804817)).toEqual({ lat: 21.03, lon: 105.8 });
    expect(coarsen(10.775, -0.006)).toEqual({ lat: 10.78, lon: -0.01 });
    expect(coarsen(91, 0)).toBeNull();
    expect(coarsen(0, -181)).toBeNull();
    expect(coarsen(Number.NaN, 1)).toBeNull();
  });

  it('takes the nearest centre inside Vietnam and none outside', () => {
    expect(nearestProvince({ lat: 20.5, lon: 105.9 }, centres)?.code).toBe('01');
    expect(nearestProvince({ lat: 15, lon: 108.8 }, centres)?.code).toBe('48');
    expect(nearestProvince({ lat: 8.6, lon: 104.7 }, centres)?.code).toBe('79');
    expect(nearestProvince({ lat: 13.75, lon: 100.5 }, centres)).toBeNull(); // Bangkok
    expect(nearestProvince({ lat: 48.85, lon: 2.35 }, centres)).toBeNull();
    expect(nearestProvince({ lat: 16, lon: 108 }, [])).toBeNull();
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: 21.03, lon: 105.85 }, { lat: 10.78, lon: 106.7 })).toBeCloseTo(1141, -1);
    expect(distanceKm({ lat: 10, lon: 106 }, { lat: 10, lon: 106 })).toBe(0);
  });
});
