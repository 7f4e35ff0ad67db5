// Catalogue cards for the portal's pure tests: a 4★ Tuyên Quang product of one cooperative, certified mid-2025,
// with whatever a test changes.
import { vietnameseSortKey } from '../registry/vietnamese-sort-key.ts';
import type { CatalogueCard } from './catalogue-card.ts';

let serial = 0;

export function testCard(extra: Partial<CatalogueCard> & { name?: string } = {}): CatalogueCard {
  serial++;
  const name = extra.name ?? `Sản phẩm ${serial}`;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    slug: `p-${serial}`,
    name,
    sortKey: vietnameseSortKey(name),
    ocopCode: null,
    provinceCode: '08',
    communeCode: '02000',
    productSetId: 11,
    producer: { id: 'pr-1', name: 'HTX Chè Suối Giàng', type: 'cooperative' },
    photoKey: null,
    stars: 4,
    certificateNumber: null,
    datesPrecision: 'day',
    validFrom: '2025-06-15',
    validTo: '2028-06-15',
    revokedOn: null,
    revocationGround: null,
    reEvaluationSince: null,
    ...extra,
  };
}
