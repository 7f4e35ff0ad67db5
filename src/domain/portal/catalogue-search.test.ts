import { describe, expect, it } from 'vitest';
import { testCard } from './catalogue-card.test-support.ts';
import { ALL_PUBLIC_STATUSES, type CatalogueCard, LISTED_STATUSES } from './catalogue-card.ts';
import { buildCatalogueIndex } from './catalogue-index.ts';
import { type CatalogueFilter, searchCatalogue } from './catalogue-search.ts';
import { countByArea, featuredProducts, starCounts } from './catalogue-summary.ts';

const TODAY = '2026-11-20';
const card = (name: string, extra: Partial<CatalogueCard> = {}) => testCard({ name, ...extra });

const index = buildCatalogueIndex([
  card('Trà xanh Tân Cương'),
  card('Chè Shan tuyết Suối Giàng', {
    stars: 5,
    photoKey: 'a'.repeat(24),
    validFrom: '2026-01-10',
    validTo: '2029-01-10',
  }),
  card('Bánh tráng Trảng Bàng', { provinceCode: '72', communeCode: '72001', productSetId: 6 }),
  card('Mật ong rừng Bạch Mã', {
    productSetId: 4,
    producer: { id: 'pr-2', name: 'Hộ Nguyễn Văn A', type: 'household' },
  }),
  card('Gạo ST25 Sóc Trăng', { stars: 3, productSetId: 3 }),
  card('Cam sành Hàm Yên', { validFrom: '2022-01-01', validTo: '2025-01-01' }),
  card('Miến dong Phja Đén', { revokedOn: '2026-10-01', revocationGround: 'd' }),
  card('Mứt gừng', { validFrom: '2023-12-01', validTo: '2026-11-20' }),
]);

const names = (filter: Partial<CatalogueFilter>, today = TODAY) =>
  searchCatalogue(index, { statuses: LISTED_STATUSES, ...filter }, today, { offset: 0, limit: 50 }).hits.map(
    (h) => h.card.name,
  );

describe('searchCatalogue', () => {
  it('lists products in force in Vietnamese order, hiding expired and revoked unless asked', () => {
    expect(names({})).toEqual([
      'Bánh tráng Trảng Bàng',
      'Chè Shan tuyết Suối Giàng',
      'Gạo ST25 Sóc Trăng',
      'Mật ong rừng Bạch Mã',
      'Mứt gừng',
      'Trà xanh Tân Cương',
    ]);
    expect(names({ statuses: ALL_PUBLIC_STATUSES })).toEqual(
      expect.arrayContaining(['Cam sành Hàm Yên', 'Miến dong Phja Đén']),
    );
  });

  it('lets the status flip on the day, without a rebuild', () => {
    expect(names({ q: 'mut gung' }, '2026-11-20')).toEqual(['Mứt gừng']);
    expect(names({ q: 'mut gung' }, '2026-11-21')).toEqual([]);
  });

  it('matches without accents, by word prefix, inside words, by producer and with typos, in that order', () => {
    expect(names({ q: 'che shan tuyet' })).toEqual(['Chè Shan tuyết Suối Giàng']);
    expect(names({ q: 'TUYẾT shan' })).toEqual(['Chè Shan tuyết Suối Giàng']);
    expect(names({ q: 'st2' })).toEqual(['Gạo ST25 Sóc Trăng']);
    expect(names({ q: '25' })).toEqual(['Gạo ST25 Sóc Trăng']);
    expect(names({ q: 'bahn trang' })).toEqual(['Bánh tráng Trảng Bàng']);
    // "tra" starts the name "Trà xanh…", then starts a word of "Bánh tráng…" and "…Sóc Trăng"; the
    // producer "HTX Chè Suối Giàng" matches "suoi giang" for every product of theirs, after the name matches.
    expect(names({ q: 'tra' })).toEqual([
      'Trà xanh Tân Cương',
      'Bánh tráng Trảng Bàng',
      'Gạo ST25 Sóc Trăng',
    ]);
    expect(names({ q: 'suoi giang' })[0]).toBe('Chè Shan tuyết Suối Giàng');
    expect(names({ q: 'suoi giang' })).toContain('Trà xanh Tân Cương');
    expect(names({ q: 'nguyen van' })).toEqual(['Mật ong rừng Bạch Mã']);
    expect(names({ q: 'xyz' })).toEqual([]);
  });

  it('filters by province, commune, stars, product sets and producer type, and pages', () => {
    expect(names({ provinceCode: '72' })).toEqual(['Bánh tráng Trảng Bàng']);
    expect(names({ communeCode: '72001' })).toEqual(['Bánh tráng Trảng Bàng']);
    expect(names({ stars: [3, 5] })).toEqual(['Chè Shan tuyết Suối Giàng', 'Gạo ST25 Sóc Trăng']);
    expect(names({ productSetIds: [3, 4] })).toEqual(['Gạo ST25 Sóc Trăng', 'Mật ong rừng Bạch Mã']);
    expect(names({ productSetIds: [] })).toEqual([]);
    expect(names({ producerType: 'household' })).toEqual(['Mật ong rừng Bạch Mã']);
    const page = searchCatalogue(index, { statuses: LISTED_STATUSES }, TODAY, { offset: 4, limit: 4 });
    expect(page.total).toBe(6);
    expect(page.hits.map((h) => h.card.name)).toEqual(['Mứt gừng', 'Trà xanh Tân Cương']);
  });
});

describe('catalogue summary', () => {
  it('counts products in force by stars, features recent 4–5★ (with a photo first), counts by area', () => {
    expect(starCounts(index, TODAY)).toEqual({ total: 6, byStars: { 3: 1, 4: 4, 5: 1 } });
    expect(featuredProducts(index, TODAY, 2).map((h) => h.card.name)).toEqual([
      'Chè Shan tuyết Suối Giàng',
      'Bánh tráng Trảng Bàng',
    ]);
    expect(Object.fromEntries(countByArea(index, TODAY, {}))).toEqual({ '08': 5, '72': 1 });
    expect(Object.fromEntries(countByArea(index, TODAY, { provinceCode: '72' }))).toEqual({ '72001': 1 });
  });
});

describe('cachedFold', () => {
  it('folds exactly like foldName', async () => {
    const { foldName } = await import('../admin-units/normalize-name.ts');
    const { cachedFold } = await import('./catalogue-index.ts');
    const fold = cachedFold();
    for (const name of [
      'Gạo ST25 Sóc Trăng',
      '  Chè  Shan-tuyết (loại 1), 500g ',
      'Phường 01',
      'Đặc sản “Tây Bắc”',
      '—',
      '',
    ]) {
      expect(fold(name)).toBe(foldName(name));
      expect(fold(name)).toBe(foldName(name));
    }
  });
});
