// Expected codes and names were checked against data/admin-units/*.csv (grep) before being written here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminUnitsIndex } from './admin-units-index.ts';
import type { ResolveRow } from './resolve-address.test-support.ts';
import { expectRow, loadReferenceIndex, THONG_HOA } from './resolve-address.test-support.ts';
import { resolveAddress } from './resolve-address.ts';

let index: AdminUnitsIndex;
beforeAll(() => {
  index = loadReferenceIndex();
});

// Spellings (tone marks, accents, abbreviations, names that look like prefixes) and non-matches.
const rows: ResolveRow[] = [
  // Hà Nội (01)
  {
    name: '2025 address',
    query: { commune: 'Phường Ba Đình', province: 'Hà Nội' },
    codes: ['00004'],
    via: '2025',
  },
  {
    name: '2025 address, unaccented',
    query: { commune: 'ba dinh', province: 'ha noi' },
    codes: ['00004'],
    via: '2025',
  },
  {
    name: 'split old ward',
    query: { commune: 'Phường Cống Vị', district: 'Quận Ba Đình', province: 'Thành phố Hà Nội' },
    codes: ['00008', '00025'],
    via: 'pre2025-mapping',
  },
  {
    name: 'name starting like a prefix ("Quan Hoa")',
    query: { commune: 'Phường Quan Hoa', district: 'Quận Cầu Giấy', province: 'Hà Nội' },
    codes: ['00160', '00166'],
  },
  {
    name: '"Yên Hoà" (old spelling) = 2025 "Yên Hòa"',
    query: { commune: 'Phường Yên Hoà', province: 'Hà Nội' },
    codes: ['00175'],
    via: '2025',
  },
  {
    name: 'old Yên Hoà via its district',
    query: { commune: 'Phường Yên Hòa', district: 'Cầu Giấy', province: 'Hà Nội' },
    codes: ['00166', '00175'],
    via: 'pre2025-mapping',
  },
  // Accents tell folded look-alikes apart.
  {
    name: 'Việt Hùng (old xã) is not Việt Hưng',
    query: { commune: 'Xã Việt Hùng', province: 'Hà Nội' },
    codes: ['00454', '00475'],
    via: 'pre2025-mapping',
  },
  {
    name: 'Việt Hưng (2025 phường)',
    query: { commune: 'Phường Việt Hưng', province: 'Hà Nội' },
    codes: ['00127'],
    via: '2025',
  },
  { name: 'Sơn Hạ', query: { commune: 'Xã Sơn Hạ', province: 'Quảng Ngãi' }, codes: ['21292'], via: '2025' },
  { name: 'Sơn Hà', query: { commune: 'Sơn Hà', province: 'Quảng Ngãi' }, codes: ['21289'], via: '2025' },
  {
    name: 'son ha (unaccented: both)',
    query: { commune: 'son ha', province: 'quang ngai' },
    codes: ['21289', '21292'],
  },
  {
    name: 'Hoa Lộc (2025)',
    query: { commune: 'Xã Hoa Lộc', province: 'Thanh Hóa' },
    codes: ['16072'],
    via: '2025',
  },
  {
    name: 'Hòa Lộc (old, merged into Hoa Lộc)',
    query: { commune: 'Xã Hòa Lộc', province: 'Thanh Hoá' },
    codes: ['16072'],
    via: 'pre2025-mapping',
  },
  {
    name: 'Thừa Thiên Huế alias, Thuỷ/Thủy',
    query: { commune: 'Phường Thuỷ Xuân', province: 'Thừa Thiên Huế' },
    codes: ['19813'],
    via: '2025',
  },
  // No match
  { name: 'unknown province', query: { commune: 'Thông Hòa', province: 'Atlantis' }, codes: [] },
  { name: 'unknown commune', query: { commune: 'Xã Không Có', province: 'Trà Vinh' }, codes: [] },
  {
    name: 'district only (not an island district)',
    query: { district: 'Huyện Cầu Kè', province: 'Trà Vinh' },
    codes: [],
  },
  { name: 'province only', query: { province: 'Trà Vinh' }, codes: [] },
  { name: 'empty query', query: {}, codes: [] },
];

describe('resolveAddress spellings', () => {
  it.each(rows)('$name', (row) => expectRow(index, row));
});

describe('resolveAddress with oldCommuneCode', () => {
  it.each([
    ['00007', ['00008', '00025']],
    ['29335', ['29335']],
    [' 01090 ', ['01090']],
    ['01837', ['01843']],
  ])('%j → %j', (oldCommuneCode, codes) => {
    const result = resolveAddress(index, { oldCommuneCode });
    expect(result.kind).toBe('ok');
    expect(result.matches.map((m) => m.communeCode)).toEqual(codes);
    expect(result.matches.every((m) => m.via === 'pre2025-mapping')).toBe(true);
    expect(result.ambiguous).toBe(codes.length > 1);
  });

  it.each([['99999'], ['7'], ['']])('unknown code %j', (oldCommuneCode) => {
    const result = resolveAddress(index, { oldCommuneCode, commune: 'Thông Hòa' });
    if (oldCommuneCode === '') {
      // An empty code counts as absent: the text fields are used.
      expect(result).toMatchObject({ kind: 'ok', matches: [{ communeCode: THONG_HOA }] });
      return;
    }
    expect(result).toEqual({
      kind: 'unknown-old-commune-code',
      oldCommuneCode,
      matches: [],
      ambiguous: false,
      truncated: false,
    });
  });
});
