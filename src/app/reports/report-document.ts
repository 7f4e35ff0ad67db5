// A programme report's content, from the dashboards' use cases (same scope rules, same numbers) and the
// progress of the plans that cover the period.
import type { ReportDocument } from '../../documents/report-types.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { NATIONAL, provinceScope } from '../../domain/programme/programme-scope.ts';
import type { AppDeps } from '../deps.ts';
import { type NationalDashboard, nationalDashboard } from '../programme/national-dashboard.ts';
import type { WindowQuery } from '../programme/programme-window.ts';
import {
  type Breakdowns,
  type ProvinceDashboard,
  provinceDashboard,
} from '../programme/province-dashboard.ts';
import { reportIndicatorOf } from './indicator-words.ts';
import { coveringPlans } from './report-plans.ts';

export type ReportQuery = WindowQuery &
  Readonly<{ scope: 'province' | 'national'; provinceCode?: string | undefined }>;

type Common = Pick<ProvinceDashboard | NationalDashboard, 'window' | 'headline' | 'history'> & Breakdowns;

function commonPart(d: Common, generatedAt: string) {
  return {
    window: d.window,
    generatedAt,
    indicators: d.headline.map(reportIndicatorOf),
    byStars: d.byStars,
    bySector: d.bySector.map((s) => ({ code: s.sectorCode, name: s.sector, products: s.products })),
    byGroup: d.byGroup.map((g) => ({
      sectorCode: g.sectorCode,
      code: g.groupCode,
      name: g.group,
      products: g.products,
    })),
    unclassifiedProducts: d.unclassifiedProducts,
    byProducerType: d.byProducerType.map((t) => ({
      label: t.label,
      producers: t.producers,
      products: t.products,
    })),
    history: d.history,
  };
}

/** The report of a province (its roles, or the ministry) or of the country (the ministry); others 403. */
export async function loadReportDocument(
  deps: AppDeps,
  actor: Actor,
  query: ReportQuery,
): Promise<ReportDocument> {
  const window = { asOf: query.asOf, from: query.from, to: query.to };
  const generatedAt = deps.now().toISOString();
  if (query.scope === 'national') {
    const d = await nationalDashboard(deps, actor, window);
    return {
      ...commonPart(d, generatedAt),
      scope: { kind: 'national', code: null, name: 'Toàn quốc' },
      plans: await coveringPlans(deps, actor, NATIONAL, d.window),
      communes: null,
      coverage: null,
      provinces: d.provinces,
      provinceTotals: d.totals,
    };
  }
  const code = query.provinceCode;
  if (!code) {
    throw new DomainError('VALIDATION_FAILED', 'Báo cáo của tỉnh cần mã tỉnh.', {
      fieldErrors: [{ field: 'query.provinceCode', message: 'Cần mã tỉnh (2 chữ số) khi scope=province.' }],
    });
  }
  const d = await provinceDashboard(deps, actor, code, window);
  return {
    ...commonPart(d, generatedAt),
    scope: { kind: 'province', code, name: deps.adminUnits.province2025(code)?.fullName ?? d.province.name },
    plans: await coveringPlans(deps, actor, provinceScope(code), d.window),
    communes: d.communes.map((c) => ({
      code: c.code,
      name: deps.adminUnits.commune2025(c.code)?.fullName ?? c.name,
      products: c.products,
      byStars: c.byStars,
      isCovered: c.isCovered,
    })),
    coverage: d.coverage,
    provinces: null,
    provinceTotals: null,
  };
}
