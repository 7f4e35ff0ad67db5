// The data indicators are computed from, as the repositories load it (in a scope, for a day or a period).
import type { IsoDate } from '../registry/calendar-date.ts';
import type { IndicatorCode } from './indicator-catalogue.ts';
import { type ChannelGroup, DEFAULT_GROWTH_RANGE } from './indicator-param-specs.ts';
import type { IndicatorParams } from './indicator-params.ts';

export type StarKey = '3' | '4' | '5';
export type StarCounts = Record<StarKey, number>;
export const STAR_KEYS: readonly StarKey[] = ['3', '4', '5'];

/** The certified registry on one day: what every stock indicator on certificates is made of. */
export type CertifiedSnapshot = Readonly<{
  productsByStars: Partial<StarCounts>;
  /** Distinct communes with a product in force of at least 3, 4 and 5 stars. */
  communesByMinStars: StarCounts;
  /** Producers with at least one product in force, by producer type. */
  producersByType: Readonly<Record<string, number>>;
  /** Those producers by the channel groups any of their (not archived) products is sold through. */
  channelCombos: readonly ChannelCombo[];
  /** Products in force that have a photo (added by then) and a description. */
  listedProducts: number;
}>;

export type ChannelCombo = Readonly<Record<ChannelGroup, boolean> & { producers: number }>;

export type CertificationFlow = Readonly<{
  /** Products whose first certificate of at least 3 / 4 / 5 stars starts in the period. */
  newByMinStars: StarCounts;
  /** Products with a certificate starting in the period with more stars than the one before it. */
  upgraded: number;
  /** Products with a certificate starting in the period after an earlier one (re-evaluated, any stars). */
  recertified: number;
}>;

export type TrainingCounts = Readonly<{
  officials: number;
  officialsTrained: number;
  producersTrained: number;
}>;

export type TradeEventCounts = Readonly<{
  eventsByKind: Readonly<Record<string, number>>;
  contracts: number;
  contractsValueVnd: number;
}>;

export type YearlyFigures = Readonly<{
  year: number;
  revenueVnd: number;
  revenueReporters: number;
  jobs: number;
  jobsReporters: number;
  /** Producers with a revenue for the year and a positive one for the year before… */
  comparable: number;
  /** …of whom revenue(year) / revenue(year − 1) lies within the range asked. */
  grewWithinRange: number;
}>;

export type GrowthQuery = Readonly<{ year: number; minRatio: number; maxRatio: number }>;

/** Everything loaded for one scope and window; each part only when an indicator asked for it. */
export type IndicatorInputs = Readonly<{
  /** 2025 communes in the scope (the denominator of coverage). */
  communesInScope: number;
  snapshot?: CertifiedSnapshot;
  flow?: CertificationFlow;
  salePoints?: readonly Readonly<{ level: string; count: number }>[];
  training?: TrainingCounts;
  support?: readonly Readonly<{ kind: string; count: number; amountVnd: number }>[];
  events?: TradeEventCounts;
  /** By growthKey(query). */
  yearly?: ReadonlyMap<string, YearlyFigures>;
}>;

export type InputPart = 'snapshot' | 'flow' | 'salePoints' | 'training' | 'support' | 'events' | 'yearly';

const PART_OF: Readonly<Record<IndicatorCode, InputPart | null>> = {
  certified_products: 'snapshot',
  five_star_products: 'snapshot',
  communes_covered: 'snapshot',
  commune_coverage: 'snapshot',
  producer_type_share: 'snapshot',
  modern_channel_share: 'snapshot',
  portal_listed_share: 'snapshot',
  sale_points: 'salePoints',
  new_certified_products: 'flow',
  upgraded_products: 'flow',
  recertified_products: 'flow',
  officials_trained_share: 'training',
  producers_trained: 'training',
  support_count: 'support',
  support_amount: 'support',
  fairs_held: 'events',
  contracts_signed: 'events',
  revenue_reported: 'yearly',
  jobs_reported: 'yearly',
  revenue_growth_share: 'yearly',
  exported_products: null,
  programme_budget: null,
  custom: null,
};

/** The data an indicator is computed from; null for manual-only ones. */
export const inputPartOf = (code: IndicatorCode): InputPart | null => PART_OF[code];

/** The year yearly figures are read for: the one asked, else the last whole year before asOf within the period. */
export function figuresYear(params: IndicatorParams, window: { asOf: IsoDate; to: IsoDate }): number {
  if (params.year !== undefined) return params.year;
  return Math.min(Number(window.to.slice(0, 4)), Number(window.asOf.slice(0, 4)) - 1);
}

export function growthQueryOf(params: IndicatorParams, window: { asOf: IsoDate; to: IsoDate }): GrowthQuery {
  return {
    year: figuresYear(params, window),
    minRatio: params.minRatio ?? DEFAULT_GROWTH_RANGE.minRatio,
    maxRatio: params.maxRatio ?? DEFAULT_GROWTH_RANGE.maxRatio,
  };
}

export const growthKey = (q: GrowthQuery): string => `${q.year}:${q.minRatio}:${q.maxRatio}`;
