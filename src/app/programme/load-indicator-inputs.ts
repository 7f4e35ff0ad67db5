import type { DbOrTx } from '../../db/client.ts';
import {
  loadSalePointCounts,
  loadSupportByKind,
  loadTradeEventCounts,
  loadTrainingCounts,
} from '../../db/repositories/indicators-activity.repository.ts';
import { loadCertificationFlow } from '../../db/repositories/indicators-flow.repository.ts';
import { loadCertifiedSnapshot } from '../../db/repositories/indicators-snapshot.repository.ts';
import { loadYearlyFigures } from '../../db/repositories/indicators-yearly.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import {
  type CertificationFlow,
  type GrowthQuery,
  growthKey,
  growthQueryOf,
  type IndicatorInputs,
  type InputPart,
  inputPartOf,
  type YearlyFigures,
} from '../../domain/programme/indicator-inputs.ts';
import type { IndicatorRequest, IndicatorWindow } from '../../domain/programme/indicator-result.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';

export function communesInScope(units: AdminUnitsIndex, scope: ProgrammeScope): number {
  return scope.kind === 'national'
    ? units.counts.communes2025
    : units.communes2025Of(scope.provinceCode).length;
}

/** Sums the per-province flow rows (one row for a province scope). */
export function totalFlow(rows: readonly CertificationFlow[]): CertificationFlow {
  const total = { newByMinStars: { '3': 0, '4': 0, '5': 0 }, upgraded: 0, recertified: 0 };
  for (const r of rows) {
    total.newByMinStars['3'] += r.newByMinStars['3'];
    total.newByMinStars['4'] += r.newByMinStars['4'];
    total.newByMinStars['5'] += r.newByMinStars['5'];
    total.upgraded += r.upgraded;
    total.recertified += r.recertified;
  }
  return total;
}

/** Parts a caller already loaded for its own use (a dashboard's per-province flows and sale points). */
export type Preloaded = Partial<Pick<IndicatorInputs, 'flow' | 'salePoints'>>;

/** Loads, once each, the parts of the data the requested indicators are computed from. */
export async function loadIndicatorInputs(
  db: DbOrTx,
  units: AdminUnitsIndex,
  scope: ProgrammeScope,
  window: IndicatorWindow,
  requests: readonly IndicatorRequest[],
  preloaded: Preloaded = {},
): Promise<IndicatorInputs> {
  const parts = new Set<InputPart>();
  const growth = new Map<string, GrowthQuery>();
  for (const r of requests) {
    const part = inputPartOf(r.code);
    if (part) parts.add(part);
    if (part === 'yearly') {
      const q = growthQueryOf(r.params ?? {}, window);
      growth.set(growthKey(q), q);
    }
  }
  const { asOf, from, to } = window;
  const when = <T>(part: InputPart, load: () => Promise<T>) =>
    parts.has(part) && !(part in preloaded) ? load() : Promise.resolve(undefined);
  const [snapshot, flow, salePoints, training, support, events, yearly] = await Promise.all([
    when('snapshot', () => loadCertifiedSnapshot(db, scope, asOf)),
    when('flow', async () => totalFlow(await loadCertificationFlow(db, scope, from, to))),
    when('salePoints', () => loadSalePointCounts(db, scope, asOf)),
    when('training', () => loadTrainingCounts(db, scope, from, to)),
    when('support', () => loadSupportByKind(db, scope, from, to)),
    when('events', () => loadTradeEventCounts(db, scope, from, to)),
    when('yearly', async () => {
      const entries = await Promise.all(
        [...growth].map(
          async ([key, q]): Promise<[string, YearlyFigures]> => [
            key,
            await loadYearlyFigures(db, scope, q.year, q),
          ],
        ),
      );
      return new Map(entries);
    }),
  ]);
  return {
    communesInScope: communesInScope(units, scope),
    ...preloaded,
    ...(snapshot ? { snapshot } : {}),
    ...(flow ? { flow } : {}),
    ...(salePoints ? { salePoints } : {}),
    ...(training ? { training } : {}),
    ...(support ? { support } : {}),
    ...(events ? { events } : {}),
    ...(yearly ? { yearly } : {}),
  };
}
