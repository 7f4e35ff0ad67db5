import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles.ts';
import { buildProductSetCatalog } from '../registry/product-set-catalog.ts';
import { communeTable, groupsOf, producerTypesOf, starsByCode } from './dashboard-breakdowns.ts';
import { emptyHistory, historySeries, sumHistories } from './history-series.ts';
import { monthlyPoints } from './monthly-series.ts';
import { canManageScope, canReadScope, NATIONAL, provinceScope } from './programme-scope.ts';

const CATALOG = buildProductSetCatalog([
  {
    id: 1,
    name: 'Rau, củ, quả, hạt tươi',
    sectorCode: 'I',
    sector: 'Thực phẩm',
    groupCode: 'I.1',
    group: 'Nông sản tươi',
  },
  {
    id: 2,
    name: 'Thịt, trứng, sữa tươi',
    sectorCode: 'I',
    sector: 'Thực phẩm',
    groupCode: 'I.1',
    group: 'Nông sản tươi',
  },
  { id: 11, name: 'Chè', sectorCode: 'II', sector: 'Đồ uống', groupCode: 'II.1', group: 'Chè' },
]);

describe('breakdowns', () => {
  it('groups product sets into groups and sectors; unclassified apart', () => {
    expect(
      groupsOf(
        [
          { id: 1, n: 3 },
          { id: 2, n: 4 },
          { id: 11, n: 5 },
          { id: null, n: 2 },
        ],
        CATALOG,
      ),
    ).toEqual({
      byGroup: [
        { sectorCode: 'I', sector: 'Thực phẩm', groupCode: 'I.1', group: 'Nông sản tươi', products: 7 },
        { sectorCode: 'II', sector: 'Đồ uống', groupCode: 'II.1', group: 'Chè', products: 5 },
      ],
      bySector: [
        { sectorCode: 'I', sector: 'Thực phẩm', products: 7 },
        { sectorCode: 'II', sector: 'Đồ uống', products: 5 },
      ],
      unclassified: 2,
    });
  });

  it('lists every producer type of the law, in its order', () => {
    const rows = producerTypesOf([{ type: 'sme', producers: 2, products: 5 }]);
    expect(rows[0]).toMatchObject({ type: 'cooperative', producers: 0 });
    expect(rows.find((r) => r.type === 'sme')).toMatchObject({ producers: 2, products: 5 });
  });

  it('the commune table lists uncovered communes too', () => {
    const communes = [
      { code: '00001', name: 'A', type: 'Xã', fullName: 'Xã A', provinceCode: '08' },
      { code: '00002', name: 'B', type: 'Phường', fullName: 'Phường B', provinceCode: '08' },
    ];
    const byCommune = starsByCode([
      { code: '00001', stars: 3, n: 2 },
      { code: '00001', stars: 5, n: 1 },
    ]);
    expect(communeTable(communes, byCommune)).toEqual({
      communes: [
        {
          code: '00001',
          name: 'A',
          type: 'Xã',
          products: 3,
          byStars: { '3': 2, '4': 0, '5': 1 },
          isCovered: true,
        },
        {
          code: '00002',
          name: 'B',
          type: 'Phường',
          products: 0,
          byStars: { '3': 0, '4': 0, '5': 0 },
          isCovered: false,
        },
      ],
      coverage: { covered: 1, total: 2, percent: 50 },
    });
  });

  it('history series from edges', () => {
    const points = monthlyPoints('2026-03-10', 3);
    const series = historySeries(
      [
        { group: '', stars: 3, edge: 'start', k: 0, n: 5 },
        { group: '', stars: 4, edge: 'start', k: 1, n: 2 },
        { group: '', stars: 3, edge: 'end', k: 2, n: 1 },
      ],
      points,
    );
    expect(series.get('')?.map((p) => [p.total, p.byStars['3'], p.byStars['4']])).toEqual([
      [5, 5, 0],
      [7, 5, 2],
      [6, 4, 2],
    ]);
    expect(emptyHistory(points).map((p) => p.total)).toEqual([0, 0, 0]);
    const split = historySeries(
      [
        { group: '02', stars: 3, edge: 'start', k: 0, n: 2 },
        { group: '08', stars: 5, edge: 'start', k: 2, n: 1 },
      ],
      points,
    );
    expect(sumHistories(split.values(), points).map((p) => [p.total, p.byStars['5']])).toEqual([
      [2, 0],
      [2, 0],
      [3, 1],
    ]);
  });
});

const actor = (role: Actor['role'], provinceCode: string | null = null): Actor => ({
  id: 'x',
  role,
  provinceCode,
  communeCode: null,
});

describe('programme scope', () => {
  it.each<[Actor, boolean, boolean, boolean, boolean]>([
    // actor, reads 08, reads national, manages 08, manages national
    [actor('ministry_admin'), true, true, true, true],
    [actor('ministry_leader'), true, true, false, false],
    [actor('province_officer', '08'), true, false, true, false],
    [actor('province_officer', '01'), false, false, false, false],
    [actor('province_leader', '08'), true, false, false, false],
    [actor('commune_officer', '08'), false, false, false, false],
    [actor('council_member', '08'), false, false, false, false],
    [actor('producer', '08'), false, false, false, false],
  ])('%j', (a, read08, readNational, manage08, manageNational) => {
    expect(canReadScope(a, provinceScope('08'))).toBe(read08);
    expect(canReadScope(a, NATIONAL)).toBe(readNational);
    expect(canManageScope(a, provinceScope('08'))).toBe(manage08);
    expect(canManageScope(a, NATIONAL)).toBe(manageNational);
  });
});
