// The indicators a dashboard (and a report's summary sheet) shows first, with their default parameters.
import type { IndicatorRequest } from './indicator-result.ts';

export const HEADLINE_INDICATORS: readonly IndicatorRequest[] = [
  { code: 'certified_products' },
  { code: 'five_star_products' },
  { code: 'communes_covered' },
  { code: 'commune_coverage' },
  { code: 'new_certified_products' },
  { code: 'upgraded_products' },
  { code: 'producer_type_share', params: { types: ['cooperative'] } },
  { code: 'producer_type_share', params: { types: ['sme'] } },
  { code: 'modern_channel_share' },
  { code: 'portal_listed_share' },
  { code: 'sale_points' },
  { code: 'officials_trained_share' },
  { code: 'producers_trained' },
  { code: 'support_count' },
  { code: 'support_amount' },
  { code: 'fairs_held' },
  { code: 'contracts_signed' },
  { code: 'revenue_reported' },
  { code: 'jobs_reported' },
  { code: 'revenue_growth_share' },
];
