import { describe, expect, it } from 'vitest';
import { fullAddress } from './full-address.ts';

const commune = { name: 'Xã Tân Trào', shortName: 'Tân Trào' };
const province = { name: 'Tỉnh Tuyên Quang', shortName: 'Tuyên Quang' };

describe('fullAddress', () => {
  it('adds the commune and province only when the address does not name them', () => {
    expect(fullAddress('12 đường 17/8', [commune, province])).toBe(
      '12 đường 17/8, Xã Tân Trào, Tỉnh Tuyên Quang',
    );
    expect(fullAddress('Khu di tích, xã Tân Trào, tỉnh Tuyên Quang', [commune, province])).toBe(
      'Khu di tích, xã Tân Trào, tỉnh Tuyên Quang',
    );
    expect(fullAddress('Chợ Tân Trào Mới', [commune, province])).toBe('Chợ Tân Trào Mới, Tỉnh Tuyên Quang');
  });
});
