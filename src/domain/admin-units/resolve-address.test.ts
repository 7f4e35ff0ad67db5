// Expected codes and names were checked against data/admin-units/*.csv (grep) before being written here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminUnitsIndex } from './admin-units-index.ts';
import type { ResolveRow } from './resolve-address.test-support.ts';
import { expectRow, loadReferenceIndex, THONG_HOA } from './resolve-address.test-support.ts';
import { MAX_ADDRESS_MATCHES, resolveAddress } from './resolve-address.ts';

let index: AdminUnitsIndex;
beforeAll(() => {
  index = loadReferenceIndex();
});

// Old provinces merged into 2025 ones; old- and new-style addresses.
const rows: ResolveRow[] = [
  // Trà Vinh → Vĩnh Long (86)
  {
    name: 'old full form',
    query: { commune: 'Xã Thông Hòa', district: 'Huyện Cầu Kè', province: 'Tỉnh Trà Vinh' },
    codes: [THONG_HOA],
    via: 'pre2025-mapping',
  },
  {
    name: 'old short form',
    query: { commune: 'Thông Hòa', district: 'Cầu Kè', province: 'Trà Vinh' },
    codes: [THONG_HOA],
  },
  {
    name: 'old unaccented',
    query: { commune: 'thong hoa', district: 'cau ke', province: 'tra vinh' },
    codes: [THONG_HOA],
  },
  {
    name: 'old, new tone style "Hoà"',
    query: { commune: 'Xã Thông Hoà', province: 'Tỉnh Trà Vinh' },
    codes: [THONG_HOA],
  },
  {
    name: 'old commune, new province',
    query: { commune: 'Thông Hòa', province: 'Vĩnh Long' },
    codes: [THONG_HOA],
  },
  {
    name: 'old commune and district, no province',
    query: { commune: 'Xã Thông Hòa', district: 'Cầu Kè' },
    codes: [THONG_HOA],
  },
  {
    name: 'new commune name, old province',
    query: { commune: 'Tam Ngãi', province: 'Trà Vinh' },
    codes: [THONG_HOA],
  },
  {
    name: 'new-style address',
    query: { commune: 'Xã Tam Ngãi', province: 'Tỉnh Vĩnh Long' },
    codes: [THONG_HOA],
    via: '2025',
  },
  // Hà Giang → Tuyên Quang (08)
  {
    name: 'Hà Giang, old',
    query: { commune: 'Xã Thông Nguyên', district: 'Huyện Hoàng Su Phì', province: 'Tỉnh Hà Giang' },
    codes: ['01090'],
    via: 'pre2025-mapping',
  },
  {
    name: 'Tuyên Quang, new',
    query: { commune: 'Xã Thông Nguyên', province: 'Tuyên Quang' },
    codes: ['01090'],
    via: '2025',
  },
  // Bắc Kạn → Thái Nguyên (19)
  {
    name: 'Bắc Kạn city ward',
    query: { commune: 'Phường Sông Cầu', district: 'Thành phố Bắc Kạn', province: 'Tỉnh Bắc Kạn' },
    codes: ['01843'],
    via: 'pre2025-mapping',
  },
  {
    name: 'Bắc Kạn, Na Rì',
    query: { commune: 'Xã Văn Lang', district: 'H. Na Rì', province: 'Bac Kan' },
    codes: ['02143'],
  },
  // Tiền Giang → Đồng Tháp (82)
  {
    name: 'Tiền Giang, Cái Bè',
    query: { commune: 'Xã Tân Thanh', district: 'Huyện Cái Bè', province: 'Tỉnh Tiền Giang' },
    codes: ['28426'],
    via: 'pre2025-mapping',
  },
  {
    name: 'thị trấn → xã',
    query: { commune: 'TT. Cái Bè', district: 'Cái Bè', province: 'Tiền Giang' },
    codes: ['28360'],
  },
  {
    name: 'numeric ward',
    query: { commune: 'Phường 1', district: 'Thành phố Mỹ Tho', province: 'Tiền Giang' },
    codes: ['28261'],
  },
  {
    name: 'numeric ward "P1"',
    query: { commune: 'P1', district: 'TP Mỹ Tho', province: 'Tiền Giang' },
    codes: ['28261'],
  },
  {
    name: 'numeric ward "01"',
    query: { commune: 'Phường 01', district: 'Mỹ Tho', province: 'Tiền Giang' },
    codes: ['28261'],
  },
  {
    name: 'numeric ward without district (Mỹ Tho, Gò Công, Cai Lậy)',
    query: { commune: 'Phường 1', province: 'Tiền Giang' },
    codes: ['28261', '28306', '28435'],
  },
  // Hồ Chí Minh (79)
  { name: 'abbreviations', query: { commune: 'P1', district: 'Q.3', province: 'TP.HCM' }, codes: ['27154'] },
  {
    name: 'HCM, new',
    query: { commune: 'Phường Bàn Cờ', province: 'TP. Hồ Chí Minh' },
    codes: ['27154'],
    via: '2025',
  },
  {
    name: 'island district without communes',
    query: { district: 'Huyện Côn Đảo', province: 'Tỉnh Bà Rịa - Vũng Tàu' },
    codes: ['26732'],
    via: 'pre2025-mapping',
  },
];

describe('resolveAddress', () => {
  it.each(rows)('$name', (row) => expectRow(index, row));

  it('returns the 2025 full commune name and the 2025 province name', () => {
    const result = resolveAddress(index, {
      commune: 'Xã Thông Hòa',
      district: 'Huyện Cầu Kè',
      province: 'Tỉnh Trà Vinh',
    });
    expect(result.matches).toEqual([
      {
        communeCode: '29335',
        communeName: 'Xã Tam Ngãi',
        provinceCode: '86',
        provinceName: 'Vĩnh Long',
        via: 'pre2025-mapping',
      },
    ]);
    const haGiang = resolveAddress(index, {
      commune: 'Thông Nguyên',
      district: 'Hoàng Su Phì',
      province: 'Hà Giang',
    });
    expect(haGiang.matches[0]).toMatchObject({
      communeName: 'Xã Thông Nguyên',
      provinceCode: '08',
      provinceName: 'Tuyên Quang',
    });
    const bacKan = resolveAddress(index, { commune: 'Sông Cầu', district: 'Bắc Kạn', province: 'Bắc Kạn' });
    expect(bacKan.matches[0]).toMatchObject({
      communeName: 'Phường Bắc Kạn',
      provinceCode: '19',
      provinceName: 'Thái Nguyên',
    });
    const tienGiang = resolveAddress(index, {
      commune: 'Xã Tân Thanh',
      district: 'Cái Bè',
      province: 'Tiền Giang',
    });
    expect(tienGiang.matches[0]).toMatchObject({
      communeName: 'Xã Thanh Hưng',
      provinceCode: '82',
      provinceName: 'Đồng Tháp',
    });
  });

  it('searches everywhere without a province, deterministically ordered', () => {
    const result = resolveAddress(index, { commune: 'Tân Thành' });
    expect(result.ambiguous).toBe(true);
    expect(result.matches.length).toBeGreaterThan(1);
    expect(result.matches.length).toBeLessThanOrEqual(MAX_ADDRESS_MATCHES);
    expect(result.matches.every((m) => m.communeName.endsWith('Tân Thành') && m.via === '2025')).toBe(true);
    const keys = result.matches.map((m) => `${m.provinceCode}/${m.communeCode}`);
    expect(keys).toEqual([...keys].sort());
    expect(resolveAddress(index, { commune: 'Tân Thành' })).toEqual(result);
  });
});
