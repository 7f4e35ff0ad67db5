// Computed indicators from the loaded inputs (indicator-inputs.ts): the pure half of computeIndicators.

import {
  type CertifiedSnapshot,
  figuresYear,
  growthKey,
  growthQueryOf,
  type IndicatorInputs,
  STAR_KEYS,
} from './indicator-inputs.ts';
import { CHANNEL_GROUPS, type ChannelGroup, MODERN_CHANNELS } from './indicator-param-specs.ts';
import type { IndicatorParams } from './indicator-params.ts';
import {
  type IndicatorRequest,
  type IndicatorResult,
  type IndicatorWindow,
  percentOf,
  resultFrame,
} from './indicator-result.ts';

type Value = Pick<IndicatorResult, 'value' | 'numerator' | 'denominator' | 'breakdown'>;

const plain = (value: number | null, breakdown: Value['breakdown'] = null): Value => ({
  value,
  numerator: null,
  denominator: null,
  breakdown,
});
const share = (numerator: number, denominator: number, breakdown: Value['breakdown'] = null): Value => ({
  value: percentOf(numerator, denominator),
  numerator,
  denominator,
  breakdown,
});

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

function productsFrom(snapshot: CertifiedSnapshot, minStars: number): Value {
  const byStars = Object.fromEntries(STAR_KEYS.map((k) => [k, snapshot.productsByStars[k] ?? 0]));
  return plain(sum(STAR_KEYS.filter((k) => Number(k) >= minStars).map((k) => byStars[k] ?? 0)), byStars);
}

function channelShare(snapshot: CertifiedSnapshot, groups: readonly ChannelGroup[]): Value {
  const total = sum(snapshot.channelCombos.map((c) => c.producers));
  const selling = sum(snapshot.channelCombos.filter((c) => groups.some((g) => c[g])).map((c) => c.producers));
  const breakdown = Object.fromEntries(
    CHANNEL_GROUPS.map((g) => [g, sum(snapshot.channelCombos.filter((c) => c[g]).map((c) => c.producers))]),
  );
  return share(selling, total, breakdown);
}

function need<T>(part: T | undefined, name: string): T {
  if (part === undefined) throw new Error(`indicator inputs lack ${name}`);
  return part;
}

/** The value of one computed indicator from what was loaded for its scope and window. */
function computeValue(request: IndicatorRequest, inputs: IndicatorInputs, window: IndicatorWindow): Value {
  const params: IndicatorParams = request.params ?? {};
  const minStars = params.minStars ?? 3;
  const snapshot = () => need(inputs.snapshot, 'snapshot');
  switch (request.code) {
    case 'certified_products':
      return productsFrom(snapshot(), minStars);
    case 'five_star_products':
      return productsFrom(snapshot(), 5);
    case 'communes_covered':
      return plain(snapshot().communesByMinStars[String(minStars) as '3'] ?? 0);
    case 'commune_coverage':
      return share(snapshot().communesByMinStars[String(minStars) as '3'] ?? 0, inputs.communesInScope);
    case 'producer_type_share': {
      const byType = snapshot().producersByType;
      const types = params.types ?? [];
      return share(sum(types.map((t) => byType[t] ?? 0)), sum(Object.values(byType)), byType);
    }
    case 'modern_channel_share':
      return channelShare(snapshot(), params.channels ?? MODERN_CHANNELS);
    case 'portal_listed_share':
      return share(snapshot().listedProducts, productsFrom(snapshot(), 3).value ?? 0);
    case 'sale_points': {
      const rows = need(inputs.salePoints, 'salePoints');
      const byLevel: Record<string, number> = {};
      for (const r of rows) byLevel[r.level] = (byLevel[r.level] ?? 0) + r.count;
      return plain(params.level ? (byLevel[params.level] ?? 0) : sum(Object.values(byLevel)), byLevel);
    }
    case 'new_certified_products':
      return plain(need(inputs.flow, 'flow').newByMinStars[String(minStars) as '3'] ?? 0);
    case 'upgraded_products':
      return plain(need(inputs.flow, 'flow').upgraded);
    case 'recertified_products':
      return plain(need(inputs.flow, 'flow').recertified);
    case 'officials_trained_share': {
      const t = need(inputs.training, 'training');
      return share(t.officialsTrained, t.officials);
    }
    case 'producers_trained':
      return plain(need(inputs.training, 'training').producersTrained);
    case 'support_count':
    case 'support_amount': {
      const rows = need(inputs.support, 'support').filter(
        (r) => !params.supportKind || r.kind === params.supportKind,
      );
      const pick = (r: { count: number; amountVnd: number }) =>
        request.code === 'support_count' ? r.count : r.amountVnd;
      return plain(sum(rows.map(pick)), Object.fromEntries(rows.map((r) => [r.kind, pick(r)])));
    }
    case 'fairs_held': {
      const byKind = need(inputs.events, 'events').eventsByKind;
      const kinds = params.eventKinds ?? Object.keys(byKind);
      return plain(sum(kinds.map((k) => byKind[k] ?? 0)), byKind);
    }
    case 'contracts_signed': {
      const e = need(inputs.events, 'events');
      return plain(e.contracts, { valueVnd: e.contractsValueVnd });
    }
    case 'revenue_reported':
    case 'jobs_reported':
    case 'revenue_growth_share': {
      const q = growthQueryOf(params, window);
      const f = need(inputs.yearly?.get(growthKey(q)), `yearly ${growthKey(q)}`);
      if (request.code === 'revenue_growth_share') return share(f.grewWithinRange, f.comparable);
      return request.code === 'revenue_reported'
        ? plain(f.revenueVnd, { reporters: f.revenueReporters })
        : plain(f.jobs, { reporters: f.jobsReporters });
    }
    case 'exported_products':
    case 'programme_budget':
    case 'custom':
      throw new Error(`${request.code} is manual-only`);
  }
}

/** A computed indicator's result (labels, unit, what was measured, the value and its parts). */
export function computedResult(
  request: IndicatorRequest,
  inputs: IndicatorInputs,
  window: IndicatorWindow,
): IndicatorResult {
  const params = request.params ?? {};
  const kind = resultFrame(request.code, params, {}, 'computed').kind;
  const measured =
    kind === 'stock'
      ? { asOf: window.asOf }
      : kind === 'flow'
        ? { from: window.from, to: window.to }
        : { year: figuresYear(params, window) };
  return {
    ...resultFrame(request.code, params, measured, 'computed'),
    ...computeValue(request, inputs, window),
  };
}
