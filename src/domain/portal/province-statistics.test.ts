import { describe, expect, it } from 'vitest';
import { testCard } from './catalogue-card.test-support.ts';
import { buildCatalogueIndex } from './catalogue-index.ts';
import { provinceFigures } from './province-statistics.ts';

const honeyHome = { id: 'pr-2', name: 'Hộ Nguyễn Văn A', type: 'household' };
const card = testCard;

const index = buildCatalogueIndex([
  card({ stars: 5 }),
  card({ stars: 3, communeCode: '02005' }),
  card({ stars: 4, producer: honeyHome, communeCode: '02005' }),
  card({ validFrom: '2022-01-01', validTo: '2025-01-01' }), // expired: not counted
  card({ revokedOn: '2026-10-01', revocationGround: 'd' }), // revoked: not counted
  card({ provinceCode: '82', communeCode: '82001', stars: 3 }),
  card({ provinceCode: '99', communeCode: '99001' }), // not a province asked for
]);

describe('provinceFigures', () => {
  it('counts, per province, the products in force by stars, their producers and communes', () => {
    expect(provinceFigures(index, '2026-11-23', ['08', '82', '01'])).toEqual([
      { provinceCode: '08', products: 3, byStars: { 3: 1, 4: 1, 5: 1 }, producers: 2, communes: 2 },
      { provinceCode: '82', products: 1, byStars: { 3: 1, 4: 0, 5: 0 }, producers: 1, communes: 1 },
      { provinceCode: '01', products: 0, byStars: { 3: 0, 4: 0, 5: 0 }, producers: 0, communes: 0 },
    ]);
  });

  it('follows the day: a certificate that has run out stops counting', () => {
    const [tuyenQuang] = provinceFigures(index, '2028-06-16', ['08']);
    expect(tuyenQuang?.products).toBe(0);
  });
});
