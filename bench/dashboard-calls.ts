// The in-process half of the `dashboard` scenario: each use case and each query behind it called one at a
// time (pure latency, no queueing), against a bare count(*) over the certificates measured the same way.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../src/app/deps.ts';
import { computeIndicators } from '../src/app/programme/compute-indicators.ts';
import { createPlan } from '../src/app/programme/create-plan.ts';
import { certifiedHistory } from '../src/app/programme/dashboard-history.ts';
import { nationalDashboard } from '../src/app/programme/national-dashboard.ts';
import { planProgress } from '../src/app/programme/plan-progress.ts';
import { provinceDashboard } from '../src/app/programme/province-dashboard.ts';
import { createUser } from '../src/app/users/create-user.ts';
import {
  loadSalePointCounts,
  loadSupportByKind,
  loadTradeEventCounts,
  loadTrainingCounts,
} from '../src/db/repositories/indicators-activity.repository.ts';
import { loadInForceBreakdown } from '../src/db/repositories/indicators-breakdown.repository.ts';
import { loadCertificationFlow } from '../src/db/repositories/indicators-flow.repository.ts';
import { inForceSql } from '../src/db/repositories/indicators-intervals.sql.ts';
import { loadCertifiedSnapshot } from '../src/db/repositories/indicators-snapshot.repository.ts';
import { loadYearlyFigures } from '../src/db/repositories/indicators-yearly.repository.ts';
import type { Actor } from '../src/domain/auth/roles.ts';
import { NATIONAL } from '../src/domain/programme/programme-scope.ts';
import { percentile, round } from './stats.ts';

export type TimedRow = {
  name: string;
  group: 'baseline' | 'query' | 'use case';
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** p50 ÷ the count(*) baseline's p50. */
  p50Ratio: number;
};

const WINDOW = { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' };
const AUDIT = { id: null, label: 'bench' };

async function timed(samples: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await call(); // warm-up: plans cached, pages in memory
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await call();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}

async function nationalPlan(deps: AppDeps, actor: Actor): Promise<string> {
  const plan = await createPlan(deps, actor, AUDIT, {
    level: 'national',
    name: 'Chương trình OCOP toàn quốc 2026',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    targets: [
      { indicator: 'certified_products', targetValue: 20_000 },
      { indicator: 'five_star_products', targetValue: 500 },
      { indicator: 'commune_coverage', targetValue: 100 },
      { indicator: 'new_certified_products', targetValue: 3_500 },
      { indicator: 'upgraded_products', targetValue: 500 },
      { indicator: 'producer_type_share', params: { types: ['cooperative'] }, targetValue: 40 },
      { indicator: 'modern_channel_share', targetValue: 70 },
      { indicator: 'officials_trained_share', targetValue: 100 },
    ],
  });
  return plan.id;
}

export async function benchDashboardCalls(
  deps: AppDeps,
  provinceCode: string,
  samples: number,
  progress: (m: string) => void,
): Promise<TimedRow[]> {
  const user = await createUser(deps, null, AUDIT, {
    username: 'dash_admin',
    displayName: 'Bench',
    password: 'Bảng-điều-khiển-2026!',
    role: 'ministry_admin',
    provinceCode: null,
    communeCode: null,
    producerId: null,
  });
  const actor: Actor = { id: user.id, role: 'ministry_admin', provinceCode: null, communeCode: null };
  const planId = await nationalPlan(deps, actor);
  const db = deps.db;
  const { asOf, from, to } = WINDOW;
  const rows: [string, TimedRow['group'], () => Promise<unknown>][] = [
    [
      'select count(*) from certificates',
      'baseline',
      () => db.execute(sql`select count(*) from certificates`),
    ],
    [
      'count in force (the certificates window alone)',
      'query',
      () => db.execute(sql`select count(*) from (${inForceSql(NATIONAL, asOf)}) x`),
    ],
    ['snapshot (stock indicators)', 'query', () => loadCertifiedSnapshot(db, NATIONAL, asOf)],
    ['breakdown (by province, set, type)', 'query', () => loadInForceBreakdown(db, NATIONAL, asOf, false)],
    ['breakdown with communes', 'query', () => loadInForceBreakdown(db, NATIONAL, asOf, true)],
    ['flow (new, upgraded)', 'query', () => loadCertificationFlow(db, NATIONAL, from, to)],
    ['history, 24 months', 'query', () => certifiedHistory(db, NATIONAL, asOf)],
    ['sale points', 'query', () => loadSalePointCounts(db, NATIONAL, asOf)],
    ['training', 'query', () => loadTrainingCounts(db, NATIONAL, from, to)],
    ['support', 'query', () => loadSupportByKind(db, NATIONAL, from, to)],
    ['fairs and contracts', 'query', () => loadTradeEventCounts(db, NATIONAL, from, to)],
    [
      'yearly figures',
      'query',
      () => loadYearlyFigures(db, NATIONAL, 2025, { minRatio: 1.1, maxRatio: 1.5 }),
    ],
    ['computeIndicators(national, headline)', 'use case', () => computeIndicators(deps, NATIONAL, WINDOW)],
    ['nationalDashboard', 'use case', () => nationalDashboard(deps, actor, WINDOW)],
    [
      'nationalDashboard, units=pre2025',
      'use case',
      () => nationalDashboard(deps, actor, { ...WINDOW, units: 'pre2025' }),
    ],
    [
      `provinceDashboard(${provinceCode})`,
      'use case',
      () => provinceDashboard(deps, actor, provinceCode, WINDOW),
    ],
    [
      `provinceDashboard(${provinceCode}), units=pre2025`,
      'use case',
      () => provinceDashboard(deps, actor, provinceCode, { ...WINDOW, units: 'pre2025' }),
    ],
    ['planProgress (national plan, 8 targets)', 'use case', () => planProgress(deps, actor, planId, asOf)],
  ];
  const out: TimedRow[] = [];
  let baselineP50 = Number.NaN;
  for (const [name, group, call] of rows) {
    progress(`dashboard: ${name}`);
    const ms = await timed(samples, call);
    const p50 = percentile(ms, 50);
    if (group === 'baseline') baselineP50 = p50;
    out.push({
      name,
      group,
      samples,
      p50Ms: round(p50, 1),
      p95Ms: round(percentile(ms, 95), 1),
      maxMs: round(ms[ms.length - 1] ?? Number.NaN, 1),
      p50Ratio: round(p50 / baselineP50, 1),
    });
  }
  return out;
}
