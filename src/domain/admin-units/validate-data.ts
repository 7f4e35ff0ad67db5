// Referential checks on the reference data, run once when the index is built.
import type { AdminUnitsData } from './types.ts';

/** The reference data is inconsistent (duplicate code, dangling reference). */
export class AdminUnitsDataError extends Error {
  override readonly name = 'AdminUnitsDataError';
}

function codeSet(kind: string, units: readonly { code: string }[]): Set<string> {
  const codes = new Set<string>();
  for (const { code } of units) {
    if (codes.has(code)) throw new AdminUnitsDataError(`duplicate ${kind} code ${code}`);
    codes.add(code);
  }
  return codes;
}

function expectIn(codes: ReadonlySet<string>, code: string, what: string): void {
  if (!codes.has(code)) throw new AdminUnitsDataError(`${what} refers to unknown code ${code}`);
}

/** Throws AdminUnitsDataError on the first inconsistency found. */
export function validateAdminUnitsData(data: AdminUnitsData): void {
  const provinces2025 = codeSet('2025 province', data.provinces2025);
  const communes2025 = codeSet('2025 commune', data.communes2025);
  const provincesPre = codeSet('pre-2025 province', data.provincesPre2025);
  const districts = codeSet('pre-2025 district', data.districtsPre2025);
  const communesPre = codeSet('pre-2025 commune', data.communesPre2025);
  for (const c of data.communes2025) expectIn(provinces2025, c.provinceCode, `2025 commune ${c.code}`);
  for (const d of data.districtsPre2025) expectIn(provincesPre, d.provinceCode, `district ${d.code}`);
  for (const c of data.communesPre2025) {
    expectIn(districts, c.districtCode, `pre-2025 commune ${c.code}`);
    expectIn(provincesPre, c.provinceCode, `pre-2025 commune ${c.code}`);
  }
  for (const m of data.mappings) {
    const what = `mapping ${m.oldCommuneCode ?? `district ${m.oldDistrictCode}`} → ${m.newCommuneCode}`;
    if (m.oldCommuneCode !== null) expectIn(communesPre, m.oldCommuneCode, what);
    expectIn(districts, m.oldDistrictCode, what);
    expectIn(communes2025, m.newCommuneCode, what);
    expectIn(provincesPre, m.oldProvinceCode, what);
    expectIn(provinces2025, m.newProvinceCode, what);
  }
}
