import type { SalePointLevel, SalePointLocationType } from '../../api/types';

export const SALE_POINT_LEVELS: readonly SalePointLevel[] = ['commune', 'province', 'national'];

/** Kinds of place of Decision 950/QĐ-BCT, in the server's order (labels in the dictionaries). */
export const LOCATION_TYPES: readonly SalePointLocationType[] = [
  'transport_hub',
  'highway_rest_stop',
  'retail',
  'tourism',
  'craft_village',
  'commercial_centre',
  'fair_centre',
  'post_office',
  'other',
];

export const isLocationType = (value: string | null): value is SalePointLocationType =>
  (LOCATION_TYPES as readonly (string | null)[]).includes(value);
