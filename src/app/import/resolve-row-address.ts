import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import { analyzeName } from '../../domain/admin-units/normalize-name.ts';
import { resolveAddress } from '../../domain/admin-units/resolve-address.ts';
import type { ImportRowValues } from '../../domain/import/parse-row.ts';
import type { CommuneChoice } from './import-types.ts';

export type AddressResolution =
  | { kind: 'resolved'; communeCode: string }
  | { kind: 'ambiguous'; candidates: CommuneChoice[] }
  | { kind: 'unresolved'; message: string };

/**
 * The 2025 commune of a row: the person's pick when they made one, else the resolver over the written
 * (often pre-2025) names, with the batch's default province when the row has none.
 */
export function resolveRowAddress(
  units: AdminUnitsIndex,
  values: ImportRowValues,
  options: { pickedCommuneCode?: string | undefined; defaultProvinceCode: string | null },
): AddressResolution {
  if (options.pickedCommuneCode) {
    return units.commune2025(options.pickedCommuneCode)
      ? { kind: 'resolved', communeCode: options.pickedCommuneCode }
      : { kind: 'unresolved', message: `Mã xã đã chọn ${options.pickedCommuneCode} không tồn tại.` };
  }
  if (!values.commune) return districtOnly(units, values);
  const defaultProvince = options.defaultProvinceCode
    ? units.province2025(options.defaultProvinceCode)?.name
    : null;
  const result = resolveAddress(units, {
    province: values.province ?? defaultProvince ?? null,
    district: values.district,
    commune: values.commune,
  });
  const written = [values.commune, values.district, values.province].filter(Boolean).join(', ');
  if (result.kind !== 'ok' || result.matches.length === 0) {
    return { kind: 'unresolved', message: `Không tìm thấy đơn vị hành chính cho "${written}".` };
  }
  if (result.matches.length === 1 && result.matches[0]) {
    return { kind: 'resolved', communeCode: result.matches[0].communeCode };
  }
  return {
    kind: 'ambiguous',
    candidates: result.matches.map((m) => ({
      communeCode: m.communeCode,
      communeName: m.communeName,
      provinceName: m.provinceName,
    })),
  };
}

/**
 * A row that names only its (pre-2025) district: the 2025 communes that district's communes became are
 * the candidates a person picks from. With no district either, there is nothing to choose from.
 */
function districtOnly(units: AdminUnitsIndex, values: ImportRowValues): AddressResolution {
  const missing = {
    kind: 'unresolved' as const,
    message: 'Thiếu tên xã/phường: không xác định được địa bàn.',
  };
  const district = values.district ? analyzeName(values.district) : null;
  const province = values.province ? analyzeName(values.province) : null;
  const oldProvinces = province ? units.names.provincesPre2025.match(province).map((p) => p.code) : [];
  if (!district)
    return provinceOnly(units, oldProvinces, province ? units.names.provinces2025.match(province) : []);
  const districts = units.names.districtsPre2025.match(
    district,
    (d) => oldProvinces.length === 0 || oldProvinces.includes(d.provinceCode),
  );
  const codes = new Set(
    districts.flatMap((d) =>
      units.communesPre2025Of(d.code).flatMap((c) => units.newCommunesOfOld(c.code).map((n) => n.code)),
    ),
  );
  return choose(units, [...codes], missing);
}

/** Only a province: every commune of the 2025 province it is (or became) is a candidate. */
function provinceOnly(
  units: AdminUnitsIndex,
  oldProvinceCodes: string[],
  newProvinces: readonly { code: string }[],
): AddressResolution {
  const provinceCodes = new Set([
    ...newProvinces.map((p) => p.code),
    ...oldProvinceCodes.flatMap((code) => units.newProvinceCodesOfOld(code)),
  ]);
  const codes = [...provinceCodes].flatMap((code) => units.communes2025Of(code).map((c) => c.code));
  return choose(units, codes, {
    kind: 'unresolved',
    message: 'Thiếu tên xã/phường và huyện: không xác định được địa bàn.',
  });
}

function choose(units: AdminUnitsIndex, codes: string[], missing: AddressResolution): AddressResolution {
  const candidates = codes.flatMap((code) => {
    const commune = units.commune2025(code);
    const province2025 = commune ? units.province2025(commune.provinceCode) : undefined;
    return commune && province2025
      ? [{ communeCode: code, communeName: commune.fullName, provinceName: province2025.name }]
      : [];
  });
  if (candidates.length === 0) return missing;
  if (candidates.length === 1 && candidates[0])
    return { kind: 'resolved', communeCode: candidates[0].communeCode };
  return { kind: 'ambiguous', candidates };
}
