import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

const rows = [
  { name: 'Đắk Lắk', products: 12, percent: null },
  { name: 'An Giang', products: 3, percent: 10 },
  { name: 'Bắc Ninh', products: 40, percent: 55.5 },
  { name: 'Cà Mau', products: 3, percent: 2 },
];

describe('sortRows', () => {
  it('sorts names in Vietnamese order (Đ after D) and numbers numerically', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'vi').map((r) => r.name)).toEqual([
      'An Giang',
      'Bắc Ninh',
      'Cà Mau',
      'Đắk Lắk',
    ]);
    expect(sortRows(rows, (r) => r.products, 'descending', 'vi').map((r) => r.products)).toEqual([
      40, 12, 3, 3,
    ]);
  });

  it('keeps nulls last in either direction and leaves the input alone', () => {
    expect(sortRows(rows, (r) => r.percent, 'ascending', 'en').map((r) => r.percent)).toEqual([
      2,
      10,
      55.5,
      null,
    ]);
    expect(sortRows(rows, (r) => r.percent, 'descending', 'en').map((r) => r.percent)).toEqual([
      55.5,
      10,
      2,
      null,
    ]);
    expect(rows[0]?.name).toBe('Đắk Lắk');
  });
});
