import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nearestProvince } from '../../domain/stamps/coarse-position.ts';
import { provinceCentres } from './province-centres.ts';

const provinces2025 = readFileSync(
  new URL('../../../data/admin-units/admin-provinces-2025.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').slice(0, 2));

describe('data/geo/province-centres.json', () => {
  it('has the 34 provinces of 2025 with the codes and names of data/admin-units, inside Vietnam', () => {
    expect(provinceCentres().map((p) => [p.code, p.name])).toEqual(provinces2025);
    for (const p of provinceCentres()) {
      expect(p.lat, p.name).toBeGreaterThan(8.5);
      expect(p.lat, p.name).toBeLessThan(23.4);
      expect(p.lon, p.name).toBeGreaterThan(102.1);
      expect(p.lon, p.name).toBeLessThan(109.5);
    }
  });

  it.each([
    ['Hồ Gươm, Hà Nội', 21.03, 105.85, '01'],
    ['Hà Giang (merged into Tuyên Quang)', 22.82, 104.98, '08'],
    ['Chợ Bến Thành', 10.77, 106.7, '79'],
    ['Vũng Tàu (merged into Hồ Chí Minh)', 10.35, 107.08, '79'],
    ['Ninh Kiều, Cần Thơ', 10.03, 105.79, '92'],
    ['Đà Lạt', 11.94, 108.45, '68'],
    ['Hội An (merged into Đà Nẵng)', 15.88, 108.33, '48'],
    ['Mũi Cà Mau', 8.62, 104.72, '96'],
  ])('%s → %s', (_name, lat, lon, code) => {
    expect(nearestProvince({ lat, lon }, provinceCentres())?.code).toBe(code);
  });
});
