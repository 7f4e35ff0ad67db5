import { beforeAll, describe, expect, it } from 'vitest';
import { readAdminUnitsData } from '../../reference/admin-units-files.ts';
import { type AdminUnitsIndex, buildAdminUnitsIndex } from '../admin-units/admin-units-index.ts';
import { regroupPre2025 } from './dashboard-pre2025.ts';
import { pre2025Attributions } from './pre2025-attribution.ts';

let index: AdminUnitsIndex;
beforeAll(() => {
  index = buildAdminUnitsIndex(readAdminUnitsData());
});

describe('pre2025Attributions', () => {
  it('attributes every 2025 commune; about 300 only approximately by district, 2 by province', () => {
    const all = [...pre2025Attributions(index).values()];
    expect(all).toHaveLength(3321);
    const inexactDistrict = all.filter((a) => !a.isExactDistrict).length;
    expect(inexactDistrict).toBe(299);
    expect(all.filter((a) => !a.isExactProvince)).toHaveLength(2);
  });

  it.each([
    // Formed from one old commune of one district: exact.
    ['00859', '028', '02', true, true],
    // Four old communes of district 024 (one of them split) and one of district 030: 024, approximately.
    ['00691', '024', '02', false, true],
    // Across old provinces: Sóc Trăng (94) gave two whole communes, Hậu Giang (93) part of one.
    ['31582', '942', '94', false, false],
  ])(
    '%s → district %s of province %s (exact district %s, exact province %s)',
    (code, district, province, d, p) => {
      expect(pre2025Attributions(index).get(code)).toEqual({
        districtCode: district,
        provinceCode: province,
        isExactDistrict: d,
        isExactProvince: p,
      });
    },
  );
});

describe('regroupPre2025', () => {
  it('regroups 2025 communes of Tuyên Quang into Hà Giang and old Tuyên Quang, every old unit listed', () => {
    const stars = (n: number) => ({ '3': n, '4': 0, '5': 0 });
    const byCommune = new Map([
      ['00859', stars(2)],
      ['00691', stars(3)],
    ]);
    const old = index.oldProvinceCodesOfNew('08');
    expect(old).toEqual(['02', '08']);
    const provinces = regroupPre2025(index, byCommune, 'province', old);
    expect(provinces.rows.map((r) => [r.code, r.products, r.approximateProducts])).toEqual([
      ['02', 5, 0],
      ['08', 0, 0],
    ]);
    const districts = regroupPre2025(index, byCommune, 'district', old);
    expect(districts.rows.length).toBe(
      index.districtsPre2025Of('02').length + index.districtsPre2025Of('08').length,
    );
    expect(districts.rows.find((r) => r.code === '024')).toMatchObject({
      products: 3,
      approximateProducts: 3,
    });
    expect(districts.rows.find((r) => r.code === '028')).toMatchObject({
      products: 2,
      approximateProducts: 0,
    });
    expect(districts.unattributedProducts).toBe(0);
  });
});
