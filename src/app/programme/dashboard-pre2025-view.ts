import { type Pre2025Row, pre2025GroupOf, regroupPre2025 } from '../../domain/programme/dashboard-pre2025.ts';
import type { HistoryPoint } from '../../domain/programme/history-series.ts';
import type { StarCounts } from '../../domain/programme/indicator-inputs.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import type { CertifiedHistory } from './dashboard-history.ts';

export type Pre2025View = {
  /** How a 2025 commune drawn from several old units is counted (ADR 0015). */
  note: { vi: string; en: string };
  provinces: Pre2025Row[];
  /** Old districts (province dashboards only). */
  districts: Pre2025Row[];
  unattributedProducts: number;
  /** Products in force by old province, the last 24 months. */
  history: { code: string; name: string; points: HistoryPoint[] }[];
};

const NOTE = {
  vi:
    'Số liệu được ghi theo xã mới (từ 1/7/2025). Mỗi xã mới được tính trọn cho một huyện/tỉnh cũ: đơn vị cũ ' +
    'đóng góp nhiều nhất vào xã đó; phần "ước tính" là sản phẩm ở các xã mới lập từ nhiều đơn vị cũ.',
  en:
    'Figures are recorded by 2025 commune. Each 2025 commune is counted wholly under one old district/province, ' +
    'the one that contributed most to it; "approximate" counts products in communes formed from several old units.',
};

/** 2025 commune (of the scope) → the old province its history is shown under. */
export function pre2025HistoryGroups(deps: AppDeps, scope: ProgrammeScope): Map<string, string> {
  const provinceOf = pre2025GroupOf(deps.adminUnits, 'province');
  if (scope.kind === 'national') return provinceOf;
  const inScope = new Set(deps.adminUnits.communes2025Of(scope.provinceCode).map((c) => c.code));
  return new Map([...provinceOf].filter(([commune]) => inScope.has(commune)));
}

/** The counts by 2025 commune regrouped by pre-2025 provinces (and districts), with their history. */
export function pre2025View(
  deps: AppDeps,
  scope: ProgrammeScope,
  history: CertifiedHistory,
  byCommune: ReadonlyMap<string, StarCounts>,
  oldProvinceCodes: readonly string[],
): Pre2025View {
  const units = deps.adminUnits;
  const provinces = regroupPre2025(units, byCommune, 'province', oldProvinceCodes);
  const districts =
    scope.kind === 'national' ? null : regroupPre2025(units, byCommune, 'district', oldProvinceCodes);
  return {
    note: NOTE,
    provinces: provinces.rows,
    districts: districts?.rows ?? [],
    unattributedProducts: provinces.unattributedProducts,
    history: provinces.rows.map((p) => ({
      code: p.code,
      name: p.name,
      points: history.byGroup.get(p.code) ?? history.empty(),
    })),
  };
}
