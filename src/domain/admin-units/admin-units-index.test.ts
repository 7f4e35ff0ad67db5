import { beforeAll, describe, expect, it } from 'vitest';
import { readAdminUnitsData } from '../../reference/admin-units-files.ts';
import type { AdminUnitsIndex } from './admin-units-index.ts';
import { buildAdminUnitsIndex } from './admin-units-index.ts';
import { MAX_ADDRESS_MATCHES, resolveAddress } from './resolve-address.ts';
import type { AdminUnitsData } from './types.ts';
import { AdminUnitsDataError } from './validate-data.ts';

let data: AdminUnitsData;
let index: AdminUnitsIndex;
beforeAll(() => {
  data = readAdminUnitsData();
  index = buildAdminUnitsIndex(data);
});

const codes = (units: readonly { code: string }[]) => units.map((u) => u.code);

describe('buildAdminUnitsIndex on the reference data', () => {
  it('has the official counts', () => {
    expect(index.counts).toEqual({
      provinces2025: 34,
      communes2025: 3321,
      provincesPre2025: 63,
      districtsPre2025: 696,
      communesPre2025: 10035,
      mappings: 10573,
    });
  });

  it('maps every old commune, and every 2025 commune is the target of a mapping row', () => {
    const targets = new Set(data.mappings.map((m) => m.newCommuneCode));
    expect(data.communes2025.filter((c) => !targets.has(c.code))).toEqual([]);
    expect(data.communesPre2025.filter((c) => index.mappingsOfOldCommune(c.code).length === 0)).toEqual([]);
    expect(data.mappings.filter((m) => m.oldCommuneCode === null)).toHaveLength(5);
  });

  it('looks units up by code', () => {
    expect(index.province2025('82')).toMatchObject({ name: 'Đồng Tháp', fullName: 'Tỉnh Đồng Tháp' });
    expect(index.province2025('87')).toBeUndefined();
    expect(index.provincePre2025('87')?.name).toBe('Đồng Tháp');
    expect(index.districtPre2025('845')?.fullName).toBe('Huyện Cầu Kè');
    expect(index.commune2025('29335')).toEqual({
      code: '29335',
      name: 'Tam Ngãi',
      type: 'Xã',
      fullName: 'Xã Tam Ngãi',
      provinceCode: '86',
    });
    expect(index.communePre2025('29335')).toMatchObject({
      name: 'Thông Hòa',
      districtCode: '845',
      provinceCode: '84',
    });
  });

  it.each([
    ['02', ['08']],
    ['06', ['19']],
    ['82', ['82']],
    ['87', ['82']],
    ['84', ['86']],
    ['77', ['79']],
  ])('old province %s → 2025 province %j', (oldCode, newCodes) => {
    expect(index.newProvinceCodesOfOld(oldCode)).toEqual(newCodes);
  });

  it.each([
    ['08', ['02', '08']],
    ['19', ['06', '19']],
    ['82', ['82', '87']],
    ['86', ['83', '84', '86']],
  ])('2025 province %s ← old provinces %j', (newCode, oldCodes) => {
    expect(index.oldProvinceCodesOfNew(newCode)).toEqual(oldCodes);
  });

  it('lists the communes of a province in Vietnamese order', () => {
    const haNoi = index.communes2025Of('01');
    expect(haNoi).toHaveLength(126);
    const collator = new Intl.Collator('vi', { numeric: true });
    for (let i = 1; i < haNoi.length; i++) {
      expect(collator.compare(haNoi[i - 1]?.name ?? '', haNoi[i]?.name ?? '')).toBeLessThanOrEqual(0);
    }
    expect(index.communes2025Of('99')).toEqual([]);
    expect(index.districtsPre2025Of('84').map((d) => d.name)).toContain('Cầu Kè');
    expect(codes(index.communesPre2025Of('845'))).toContain('29335');
  });

  it('follows the mapping both ways', () => {
    expect(codes(index.newCommunesOfOld('00007'))).toEqual(['00008', '00025']);
    expect(index.mappingsOfOldCommune('00007').every((m) => m.isSplit)).toBe(true);
    expect(index.newCommunesOfOld('99999')).toEqual([]);
    expect(codes(index.oldCommunesOfNew('29335'))).toEqual(['29332', '29335', '29338']);
    expect(index.mappingsOfOldDistrict('755')).toMatchObject([
      { oldCommuneCode: null, newCommuneCode: '26732', evidence: 'district-level' },
    ]);
  });
});

/** A tiny synthetic data set: one province, one district, `n` communes called "Tân Lập". */
function syntheticData(n: number): AdminUnitsData {
  const province = { code: '01', name: 'Thử', type: 'Tỉnh', fullName: 'Tỉnh Thử', nameEn: 'Thu' };
  const communes = Array.from({ length: n }, (_, i) => String(i + 1).padStart(5, '0')).map((code) => ({
    code,
    name: 'Tân Lập',
    type: 'Xã',
    fullName: 'Xã Tân Lập',
    provinceCode: '01',
  }));
  return {
    provinces2025: [province],
    provincesPre2025: [province],
    districtsPre2025: [
      { code: '001', name: 'Một', type: 'Huyện', fullName: 'Huyện Một', provinceCode: '01' },
    ],
    communes2025: communes,
    communesPre2025: communes.map((c) => ({ ...c, districtCode: '001' })),
    mappings: communes.map((c) => ({
      oldCommuneCode: c.code,
      oldDistrictCode: '001',
      newCommuneCode: c.code,
      oldProvinceCode: '01',
      newProvinceCode: '01',
      isSplit: false,
      evidence: 'both-sources',
    })),
  };
}

describe('buildAdminUnitsIndex on synthetic data', () => {
  it('caps the matches', () => {
    const result = resolveAddress(buildAdminUnitsIndex(syntheticData(60)), { commune: 'tan lap' });
    expect(result).toMatchObject({ kind: 'ok', ambiguous: true, truncated: true });
    expect(result.matches).toHaveLength(MAX_ADDRESS_MATCHES);
    expect(result.matches[0]?.communeCode).toBe('00001');
  });

  it('rejects inconsistent data', () => {
    const good = syntheticData(2);
    const dangling = {
      ...good,
      mappings: good.mappings.map((m) => ({ ...m, newCommuneCode: '99999' })),
    };
    expect(() => buildAdminUnitsIndex(dangling)).toThrow(AdminUnitsDataError);
    const duplicate = { ...good, communes2025: [...good.communes2025, ...good.communes2025] };
    expect(() => buildAdminUnitsIndex(duplicate)).toThrow(/duplicate 2025 commune code 00001/);
  });
});
